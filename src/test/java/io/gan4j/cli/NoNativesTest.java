package io.gan4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Commands that compute nothing load no natives (each in a fresh JVM)")
class NoNativesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--help",
                "--version",
                "presets",
                "validate demo",
                "validate nope.yaml",
                "train --help",
                "train no-such-preset",
                "bench step --help",
                "bench toy --help",
                "theory --help",
                "theory parallel-lines --help",
                "theory gradient-norms --help",
                "evaluate --help",
                "classifier train --help",
                "evaluate --real mnist-val --real mnist-test",
                "evaluate --real mnist-test --real mnist-train --metrics fad",
                "export --help",
                "sample --help",
                "train --resume",
                "bench ddp --help",
                "train wgan-gp-ring --nproc 3",
                "train demo --nnodes 2"
            })
    void loadsNoNativeLibrary(String command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java",
                "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-cp",
                System.getProperty("java.class.path"),
                NoNativesProbe.class.getName()));
        cmd.addAll(List.of(command.split(" ")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(output).contains("natives=[]");
    }
}
