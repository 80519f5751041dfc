package io.gan4j.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import io.gan4j.cli.Gan4j;
import io.gan4j.training.Checkpoint;
import io.gan4j.training.ResumeTestFixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan4j train --nproc 2}: worker JVMs started, watched and stopped by the launcher. */
class LauncherTest {

    private static final Pattern STARTED = Pattern.compile("started rank 0 \\(pid (\\d+)\\), rank 1 \\(pid (\\d+)\\)");

    /** The launcher as its own JVM (gan4j's main on the test class path), its standard error collected. */
    static final class LauncherProcess {
        final Process process;
        final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());

        LauncherProcess(List<String> args) throws IOException {
            List<String> c = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    Gan4j.class.getName(),
                    "train"));
            c.addAll(args);
            process = new ProcessBuilder(c)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread t = new Thread(() -> {
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                    for (String l; (l = r.readLine()) != null; ) {
                        lines.add(l);
                    }
                } catch (IOException ignored) {
                    // ended
                }
            });
            t.setDaemon(true);
            t.start();
        }

        long[] workerPids() throws InterruptedException {
            for (int i = 0; i < 600; i++) {
                synchronized (lines) {
                    for (String l : lines) {
                        Matcher m = STARTED.matcher(l);
                        if (m.find()) {
                            return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
                        }
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the launcher never said it started its workers: " + lines);
        }

        String text() {
            synchronized (lines) {
                return String.join("\n", lines);
            }
        }
    }

    private static void waitForFile(Path f, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10 && !Files.exists(f); i++) {
            Thread.sleep(100);
        }
        assertThat(f).as("written in time").exists();
    }

    private static List<String> toyArgs(Path dir, String timeout) {
        return List.of(
                "wgan-gp-ring",
                "--nproc",
                "2",
                "--timeout",
                timeout,
                "--out",
                dir.toString(),
                "--set",
                "train.steps=100000",
                "--set",
                "log.every=1",
                "--set",
                "log.eval_every=100000",
                "--set",
                "train.checkpoint_every=5",
                "--threads",
                "1",
                "--quiet");
    }

    @Test
    @DisplayName(
            "2 processes train a DCGAN into one run directory, and 1 process resumes its checkpoint where the data "
                    + "left off")
    void twoProcessesOneDirectory(@TempDir Path tmp) throws Exception {
        Path folder = ResumeTestFixtures.folder(tmp);
        Path run = tmp.resolve("run");
        List<String> common = List.of(
                "--set",
                "data={dataset: folder, path: '" + folder + "', image_size: 28, channels: 1, " + "batch_size: 8}",
                "--set",
                "model.generator.width=8",
                "--set",
                "model.discriminator.width=8",
                "--set",
                "model.latent_dim=16",
                "--set",
                "log.grid_every=2",
                "--set",
                "log.grid_rows=2",
                "--set",
                "log.every=1");
        List<String> args = new ArrayList<>(List.of(
                "dcgan-mnist",
                "--nproc",
                "2",
                "--timeout",
                "60",
                "--out",
                run.toString(),
                "--set",
                "train.steps=4",
                "--set",
                "train.checkpoint_every=2",
                "--threads",
                "1",
                "--quiet"));
        args.addAll(common);
        LauncherProcess launcher = new LauncherProcess(args);
        assertThat(launcher.process.waitFor(180, TimeUnit.SECONDS))
                .as("finished")
                .isTrue();
        assertThat(launcher.process.exitValue()).as(launcher.text()).isZero();
        String summary = Files.readString(run.resolve("summary.json"));
        assertThat(summary).contains("\"processes\" : 2").contains("\"steps\" : 4");
        assertThat(Checkpoint.list(run))
                .extracting(p -> p.getFileName().toString())
                .contains("step-00000004.safetensors", "step-00000002.safetensors");
        assertThat(Checkpoint.read(Checkpoint.file(run, 4)).batches())
                .as("global batches drawn")
                .isEqualTo(4);
        assertThat(Files.readAllLines(run.resolve("metrics.jsonl")))
                .as("rank 0 alone logs")
                .hasSize(4);
        assertThat(run.resolve("grid-000004.png")).exists();

        int resumed =
                Gan4j.commandLine().execute("train", "--resume", run.toString(), "--set", "train.steps=6", "--quiet");
        assertThat(resumed).isZero();
        assertThat(Checkpoint.read(Checkpoint.file(run, 6)).batches())
                .as("1 process continues the global batches")
                .isEqualTo(6);
        assertThat(Files.readString(run.resolve("summary.json")))
                .contains("\"resumed_from\" : 4")
                .doesNotContain("processes");
    }

    @Test
    @DisplayName("two 'machines' (--nnodes 2, one launcher each, here on loopback) meet at --master and train one run")
    void twoNodesMeetAtTheMaster(@TempDir Path tmp) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path run = tmp.resolve("run");
        List<LauncherProcess> nodes = new ArrayList<>();
        for (int node = 1; node >= 0; node--) {
            nodes.add(new LauncherProcess(List.of(
                    "wgan-gp-ring",
                    "--nnodes",
                    "2",
                    "--nproc",
                    "1",
                    "--node-rank",
                    String.valueOf(node),
                    "--master",
                    "127.0.0.1:" + port,
                    "--timeout",
                    "60",
                    "--out",
                    run.toString(),
                    "--set",
                    "train.steps=4",
                    "--set",
                    "log.every=1",
                    "--set",
                    "log.eval_every=4",
                    "--threads",
                    "1",
                    "--quiet")));
        }
        for (LauncherProcess n : nodes) {
            assertThat(n.process.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
            assertThat(n.process.exitValue()).as(n.text()).isZero();
        }
        assertThat(nodes.get(0).text()).contains("started rank 1 (pid");
        assertThat(nodes.get(1).text()).contains("started rank 0 (pid");
        assertThat(Files.readString(run.resolve("summary.json")))
                .contains("\"processes\" : 2")
                .contains("\"steps\" : 4");
    }

    @Test
    @DisplayName(
            "killing rank 1 ends the run with its rank and signal named, no worker left, and the last checkpoint good")
    void aKilledWorkerEndsTheRun(@TempDir Path tmp) throws Exception {
        Path run = tmp.resolve("run");
        String said = signalRank1(run, "30", "-KILL");
        assertThat(said).contains("failed: killed by signal 9 (SIGKILL)").contains("all ranks stopped");
        Path last = Checkpoint.list(run).get(0);
        assertThat(Checkpoint.read(last).step())
                .as("the newest checkpoint reads and verifies")
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    @DisplayName("a rank that hangs (SIGSTOP) is named once the others pass the timeout, and stopped")
    void aHungWorkerEndsTheRun(@TempDir Path tmp) throws Exception {
        assertThat(signalRank1(tmp.resolve("run"), "5", "-STOP"))
                .contains("stopped answering: rank 0 waited for it past the 5 s timeout");
    }

    @Test
    @DisplayName("a stopped process is seen as stopped (so it is killed at once, as SIGTERM would wait for SIGCONT)")
    void aStoppedProcessIsSeen() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertThat(Launcher.stopped(sleeper.pid())).isFalse();
            assertThat(new ProcessBuilder("kill", "-STOP", String.valueOf(sleeper.pid()))
                            .start()
                            .waitFor())
                    .isZero();
            boolean seen = false;
            for (int i = 0; i < 50 && !seen; i++) {
                seen = Launcher.stopped(sleeper.pid());
                Thread.sleep(20);
            }
            assertThat(seen).isTrue();
        } finally {
            sleeper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        assertThat(Launcher.stopped(sleeper.pid())).as("an ended process").isFalse();
    }

    /**
     * Starts a 2-process toy run, sends rank 1 {@code signal} once the first checkpoint is written, and
     * checks that the launcher ends with 1 and leaves no worker; returns what it said after rank 1's
     * name, e.g. "failed: killed by signal 9 (SIGKILL); …".
     */
    private static String signalRank1(Path run, String timeout, String signal) throws Exception {
        LauncherProcess launcher = new LauncherProcess(toyArgs(run, timeout));
        long[] pids = launcher.workerPids();
        waitForFile(Checkpoint.file(run, 5), 120);
        assertThat(new ProcessBuilder("kill", signal, String.valueOf(pids[1]))
                        .start()
                        .waitFor())
                .isZero();
        assertThat(launcher.process.waitFor(60, TimeUnit.SECONDS))
                .as("the launcher ended within the timeout, grace and kill")
                .isTrue();
        assertThat(launcher.process.exitValue()).isEqualTo(1);
        assertNoneAlive(pids);
        String text = launcher.text();
        String name = "rank 1 (pid " + pids[1] + ") ";
        assertThat(text).contains(name);
        return text.substring(text.indexOf(name) + name.length());
    }

    private static void assertNoneAlive(long[] pids) throws InterruptedException {
        for (long pid : pids) {
            for (int i = 0;
                    i < 50 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                    i++) {
                Thread.sleep(100);
            }
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("worker " + pid + " is gone")
                    .isFalse();
        }
    }
}
