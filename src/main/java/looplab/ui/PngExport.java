package looplab.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a node as a PNG for slides, without javafx-swing (STACK.md's recipe). Call on the FX thread. */
final class PngExport {
    private PngExport() {
    }

    static void write(Node node, Path file) throws IOException {
        write(List.of(node), file);
    }

    /** The nodes one under the other, each whole (a snapshot is not clipped by the scroll pane a node is in). */
    static void write(List<Node> nodes, Path file) throws IOException {
        List<WritableImage> images = nodes.stream().map(node -> node.snapshot(new SnapshotParameters(), null)).toList();
        int width = images.stream().mapToInt(image -> (int) image.getWidth()).max().orElse(1);
        int height = images.stream().mapToInt(image -> (int) image.getHeight()).sum();
        BufferedImage buffered = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_ARGB);
        int top = 0;
        for (WritableImage image : images) {
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] pixels = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
            buffered.setRGB(0, top, w, h, pixels, 0, w);
            top += h;
        }
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
