/**
 * Image datasets as unsigned bytes, in pure Java (nothing here touches libtorch).
 *
 * <p>An {@link io.gan4j.data.image.ImageSource} is N images of C×H×W unsigned bytes (channel
 * first, row-major) with optional labels. Sources come from files ({@link
 * io.gan4j.data.image.IdxReader} for MNIST-like IDX pairs, {@link io.gan4j.data.image.Cifar10Reader},
 * {@link io.gan4j.data.image.Stl10Reader}, {@link io.gan4j.data.image.ImageFolder}), from other
 * sources ({@link io.gan4j.data.image.StackedMnist}, {@link io.gan4j.data.image.Resized}, {@link
 * io.gan4j.data.image.ConcatenatedImages}), or by name through {@link
 * io.gan4j.data.image.ImageDatasets}, which finds the files under the {@link
 * io.gan4j.data.image.DataRoot} and can {@link io.gan4j.data.image.Download} them (resumable,
 * checksummed, renamed into place atomically).
 *
 * <p>Training reads a source through {@link io.gan4j.data.image.ShuffledBatches}: batch k of a run
 * is a pure function of (seed, k), so a resumed run sees exactly the batches it would have seen;
 * a {@link io.gan4j.data.image.Prefetcher} prepares the next batches on a background thread.
 *
 * <p>Problems with the files (missing, truncated, wrong magic number, wrong checksum) are reported
 * as {@link io.gan4j.data.image.ImageDataException}s whose message names the file, the offset or
 * the value found and the value expected.
 *
 * <p><b>Internal</b>: gan4j's own, not part of its Java API ({@link io.gan4j.api}); it may change.
 */
package io.gan4j.data.image;
