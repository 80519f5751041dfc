package io.gan4j.cli;

import org.bytedeco.javacpp.Loader;

/** Runs one gan4j command in a fresh JVM, then prints which native libraries JavaCPP loaded. */
public final class NoNativesProbe {

    private NoNativesProbe() {}

    public static void main(String[] args) {
        int code = Gan4j.commandLine().execute(args);
        System.out.println(
                "exit=" + code + " natives=" + Loader.getLoadedLibraries().keySet());
    }
}
