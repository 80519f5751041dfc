package io.gan4j.examples;

import io.gan4j.api.TrainedGenerator;
import io.gan4j.api.Training;
import io.gan4j.api.TrainingResult;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains a DCGAN on pictures the program draws itself (discs of random place and size, 28×28 grey), held in memory
 * as {@link BufferedImage}s, then writes an 8×8 grid of the generator's samples.
 *
 * <p>Usage: {@code InMemoryImages RUN_DIR [STEPS]}.
 */
public final class InMemoryImages {

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "runs/discs");
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Random random = new Random(1);
        List<BufferedImage> discs = new ArrayList<>();
        for (int i = 0; i < 512; i++) {
            BufferedImage img = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            int r = 4 + random.nextInt(6);
            g.fillOval(2 + random.nextInt(24 - 2 * r), 2 + random.nextInt(24 - 2 * r), 2 * r, 2 * r);
            g.dispose();
            discs.add(img);
        }
        TrainingResult result = Training.preset("dcgan-mnist")
                .onImages(discs, null, 28)
                .set("train.steps", steps)
                .set("model.generator.width", 16)
                .set("model.discriminator.width", 16)
                .set("log.every", 100)
                .into(dir)
                .observer(p -> System.out.printf("step %d  D %.3f  G %.3f%n", p.step(), p.discriminatorLoss(),
                        p.generatorLoss()))
                .run();
        try (TrainedGenerator g = result.generator()) {
            Path grid = dir.resolve("discs-grid.png");
            g.writeGrid(grid, 8, 8, 7, -1);
            System.out.println("trained on " + discs.size() + " images in memory; samples: " + grid);
        }
    }
}
