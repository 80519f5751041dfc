/**
 * The thin layer between gan4j and libtorch (through the JavaCPP presets): loading the natives,
 * thread settings, the device, seeded random streams whose states a checkpoint can hold,
 * safetensors files, and conversions between Java arrays and tensors.
 *
 * <p>Nothing outside this package needs to know how libtorch is reached, and nothing that merely
 * parses a configuration touches this package's native parts: loading the natives costs about 2.4 s.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.torch;
