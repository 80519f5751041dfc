package io.gan4j.torch;

import java.util.function.UnaryOperator;
import org.bytedeco.pytorch.Device;
import org.bytedeco.pytorch.Module;
import org.bytedeco.pytorch.NoGradGuard;
import org.bytedeco.pytorch.Tensor;
import org.bytedeco.pytorch.global.torch;
import org.bytedeco.pytorch.global.torch.DeviceType;

/**
 * The one place where gan4j decides where tensors live. {@code auto} means CUDA when libtorch
 * reports a device, else the CPU; {@code cuda} without a device is an error that says how to get
 * the CUDA build ({@code mvn -Pcuda package}).
 *
 * <p>A {@code null} device means the CPU, on which {@link #to} is a no-op, so CPU runs pay nothing
 * for the indirection. Random numbers are always drawn on the CPU from the run's seeded streams and
 * moved, so a seed means the same numbers on every device. The CUDA path has not been run by the
 * project's tests: the machines they run on have no GPU.
 */
public final class Devices {

    private Devices() {}

    /** The device a config's {@code device} names; {@code null} for the CPU. Natives must be loaded. */
    public static Device resolve(String name) {
        boolean cuda = torch.cuda_is_available();
        return switch (name) {
            case "cpu" -> null;
            case "auto" -> cuda ? new Device(DeviceType.CUDA) : null;
            case "cuda" -> {
                if (!cuda) {
                    throw new IllegalArgumentException("device: cuda, but libtorch sees no CUDA device: this build has "
                            + "the CPU libtorch (build with 'mvn -Pcuda package' on a machine with CUDA "
                            + "12), or set device: cpu");
                }
                yield new Device(DeviceType.CUDA);
            }
            default -> throw new IllegalArgumentException("unknown device '" + name + "'; known: auto, cpu, cuda");
        };
    }

    /**
     * As {@link #resolve(String)} for the worker of local rank {@code localRank}: CUDA device
     * {@code localRank} (one GPU per worker, as with {@code torchrun}), the CPU otherwise.
     */
    public static Device resolve(String name, int localRank) {
        Device d = resolve(name);
        return d == null || localRank == 0 ? d : new Device(DeviceType.CUDA, (byte) localRank);
    }

    /** A short name for logs and summaries. */
    public static String describe(Device device) {
        return device == null ? "cpu" : "cuda";
    }

    /** {@code t} on {@code device} ({@code t} itself for the CPU). */
    public static Tensor to(Tensor t, Device device) {
        return device == null ? t : t.to(device, t.scalar_type());
    }

    /** {@code t} on the CPU ({@code t} itself if it is there). */
    public static Tensor toCpu(Tensor t) {
        return t.is_cuda() ? t.cpu() : t;
    }

    /** Moves {@code module}'s parameters and buffers to {@code device} (nothing for the CPU). */
    public static void move(Module module, Device device) {
        if (device != null) {
            module.to(device, false);
        }
    }

    /**
     * {@code f} of {@code x} moved to {@code device}, with {@code net} in evaluation mode and without
     * autograd: the result on the CPU, {@code net}'s mode restored.
     */
    public static Tensor inEvaluation(Module net, Device device, UnaryOperator<Tensor> f, Tensor x) {
        boolean wasTraining = net.is_training();
        net.eval();
        try (NoGradGuard guard = new NoGradGuard()) {
            return toCpu(f.apply(to(x, device)));
        } finally {
            net.train(wasTraining);
        }
    }
}
