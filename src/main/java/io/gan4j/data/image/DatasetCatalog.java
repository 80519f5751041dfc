package io.gan4j.data.image;

import io.gan4j.files.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Datasets by name: finds a split's files under the data root, downloads (and extracts) what is
 * missing when allowed, else says exactly what is missing and how to get it. {@link ImageDatasets}
 * is the public face over the standard catalog; tests build catalogs of their own.
 */
final class DatasetCatalog {

    private final Map<String, DatasetDefinition> byName = new LinkedHashMap<>();
    private final Download download;

    DatasetCatalog(List<DatasetDefinition> definitions, Download download) {
        for (DatasetDefinition definition : definitions) {
            byName.put(definition.name(), definition);
        }
        this.download = download;
    }

    List<String> names() {
        return List.copyOf(byName.keySet());
    }

    DatasetDefinition definition(String name) {
        DatasetDefinition definition = name == null ? null : byName.get(name);
        if (definition == null) {
            throw new IllegalArgumentException(
                    "unknown image dataset '" + name + "'; known: " + String.join(", ", byName.keySet()));
        }
        return definition;
    }

    ImageSource open(String name, String split, Path root, boolean allowDownload, DownloadProgress progress) {
        DatasetDefinition definition = definition(name);
        if (!definition.splits().contains(split)) {
            throw new IllegalArgumentException(definition.title() + " has no split '" + split + "'; splits: "
                    + String.join(", ", definition.splits()));
        }
        Path directory = root.resolve(definition.directory());
        List<String> missing = missing(definition, split, directory);
        if (!missing.isEmpty()) {
            String what =
                    definition.title() + " " + split + ": missing in " + directory + ": " + String.join(", ", missing);
            if (!allowDownload) {
                throw new ImageDataException(what + ". To get them: set data.download: true"
                        + " (gan4j downloads " + sources(definition) + "), or put the files"
                        + " there, or set data.root (or the environment variable "
                        + DataRoot.ENVIRONMENT_VARIABLE + ") to a directory that holds "
                        + definition.directory() + "/");
            }
            Path created = FileTrees.outermostMissing(directory);
            createWritable(directory, what);
            try {
                fetch(definition, directory, missing, progress);
            } catch (RuntimeException e) {
                // no empty directory it created is left; files it completed (each checked against its
                // checksum) stay, so the next attempt fetches only the rest
                FileTrees.deleteEmptyUpTo(directory, created);
                throw e;
            }
            List<String> still = missing(definition, split, directory);
            if (!still.isEmpty()) {
                throw new ImageDataException(definition.title() + " " + split + ": still missing in "
                        + directory + " after the download: " + String.join(", ", still)
                        + " (" + sources(definition) + " did not provide them)");
            }
        }
        return definition.open(split, directory);
    }

    private static List<String> missing(DatasetDefinition definition, String split, Path directory) {
        List<String> missing = new ArrayList<>();
        for (String file : definition.files(split)) {
            if (!Files.isRegularFile(directory.resolve(file))) {
                missing.add(file);
            }
        }
        return missing;
    }

    private void fetch(DatasetDefinition definition, Path directory, List<String> missing, DownloadProgress progress) {
        for (RemoteFile remote : definition.downloads()) {
            if (!remote.archive() && !missing.contains(remote.fileName())) {
                continue;
            }
            Path target = directory.resolve(remote.fileName());
            download.fetch(remote.url(), target, remote.checksum(), progress);
            if (remote.archive()) {
                TarGzArchive.extract(target, directory);
                try {
                    Files.delete(target);
                } catch (IOException e) {
                    throw new ImageDataException(
                            "cannot delete " + target + " after extracting it: " + e.getMessage(), e);
                }
            }
        }
    }

    private static void createWritable(Path directory, String what) {
        String advice = ". Put the files there, or set data.root (or the environment variable "
                + DataRoot.ENVIRONMENT_VARIABLE + ") to a writable directory";
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new ImageDataException(
                    what + "; cannot download them: cannot create " + directory + " (" + e + ")" + advice, e);
        }
        if (!Files.isWritable(directory)) {
            throw new ImageDataException(what + "; cannot download them: " + directory + " is not writable" + advice);
        }
    }

    private static String sources(DatasetDefinition definition) {
        List<String> urls = definition.downloads().stream().map(RemoteFile::url).toList();
        return urls.size() == 1 ? urls.get(0) : "them from " + commonPrefix(urls);
    }

    private static String commonPrefix(List<String> urls) {
        String prefix = urls.get(0);
        for (String url : urls) {
            while (!url.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        return prefix.substring(0, prefix.lastIndexOf('/') + 1);
    }
}
