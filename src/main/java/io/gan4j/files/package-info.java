/** File writing that survives a crash: whole files appear atomically or not at all. */
package io.gan4j.files;
