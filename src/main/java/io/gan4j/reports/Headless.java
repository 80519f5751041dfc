package io.gan4j.reports;

/** Makes AWT headless before anything is drawn: gan4j runs on servers with no display. */
final class Headless {

    private Headless() {}

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
