package io.gan4j.data.image;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of PNG and JPEG images ({@code .png}, {@code .jpg}, {@code .jpeg}, any case; files
 * whose name starts with a dot are skipped), found recursively, sorted by their path relative to
 * the folder (compared as strings with {@code /} separators, so the order is the same on every
 * machine), each decoded, centre-cropped to a square, converted and resized as
 * {@link PictureDecoder} states, and held in memory (N·C·S·S bytes).
 *
 * <p><b>Labels</b>: if no image sits directly in the folder (every one is in a first-level
 * subfolder, at any depth below it), an image's label is the index of its first-level subfolder
 * among those holding images, sorted by name, and {@link ImageSource#classes()} is their number;
 * otherwise every label is -1 and there are 0 classes.
 */
public final class ImageFolder {

    private ImageFolder() {}

    /**
     * Reads every image below {@code folder}.
     *
     * @param size     the side S of the square images
     * @param channels 1 (luminance) or 3 (RGB)
     * @throws ImageDataException if the folder is missing or holds no image, or naming the first
     *     file that cannot be decoded
     */
    public static InMemoryImages read(Path folder, int size, int channels) {
        InMemoryImages.checkShape(channels, size, size);
        List<String> files = find(folder);
        long bytes = (long) files.size() * channels * size * size;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new ImageDataException(folder + ": " + files.size() + " images of " + channels
                    + "×" + size + "×" + size + " need " + bytes
                    + " bytes, more than one Java array holds; use a smaller size");
        }
        PictureDecoder decoder = new PictureDecoder(size, channels);
        byte[] pixels = new byte[(int) bytes];
        int imageBytes = channels * size * size;
        for (int i = 0; i < files.size(); i++) {
            decoder.decode(folder.resolve(files.get(i)), pixels, i * imageBytes);
        }
        int[] labels = labels(files);
        int classes = 0;
        if (labels != null) {
            for (int label : labels) {
                classes = Math.max(classes, label + 1);
            }
        }
        return new InMemoryImages(
                pixels,
                labels,
                channels,
                size,
                size,
                classes,
                Describe.of(
                        "folder " + folder.getFileName(), files.size(), channels, size, size, folder.toAbsolutePath()));
    }

    /** The images' paths relative to {@code folder}, with {@code /} separators, sorted. */
    static List<String> find(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ImageDataException(folder + ": no such folder");
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(ImageFolder::isImage).forEach(path -> {
                List<String> parts = new ArrayList<>();
                folder.relativize(path).forEach(part -> parts.add(part.toString()));
                found.add(String.join("/", parts));
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ImageDataException("cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new ImageDataException(folder + ": no .png, .jpg or .jpeg files found");
        }
        found.sort(null);
        return found;
    }

    private static boolean isImage(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"));
    }

    /** Labels by first-level subfolder, or {@code null} if an image sits directly in the root. */
    private static int[] labels(List<String> files) {
        TreeMap<String, Integer> classes = new TreeMap<>();
        for (String file : files) {
            int slash = file.indexOf('/');
            if (slash < 0) {
                return null;
            }
            classes.put(file.substring(0, slash), 0);
        }
        int next = 0;
        for (String name : classes.keySet()) {
            classes.put(name, next++);
        }
        int[] labels = new int[files.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = classes.get(files.get(i).substring(0, files.get(i).indexOf('/')));
        }
        return labels;
    }
}
