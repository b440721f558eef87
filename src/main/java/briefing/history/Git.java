package briefing.history;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs read-only git plumbing commands in one folder. Standard output and error are read on their own threads, so a
 * large answer can never block git while we wait.
 */
final class Git {

    /** Long enough for a large repository on a slow disk; a hung git must not hang the command forever. */
    private static final long TIMEOUT_SECONDS = 300;

    private final Path dir;

    Git(Path dir) {
        this.dir = dir;
    }

    /** What a finished git command wrote, and how it exited. */
    record Result(int exitCode, byte[] out, String err) {
        String text() {
            return new String(out, StandardCharsets.UTF_8);
        }

        /** Git's own first line of explanation, for messages. */
        String firstErrorLine() {
            return err.strip().lines().findFirst().orElse("git exited with " + exitCode);
        }
    }

    Result run(String... args) throws RevisionException {
        return run(List.of(args), new byte[0]);
    }

    Result run(List<String> args, byte[] input) throws RevisionException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        // Never ask for credentials or open a pager; English messages, as ours are.
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("GIT_PAGER", "cat");
        builder.environment().put("LC_ALL", "C");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RevisionException("cannot run git: " + e.getMessage(),
                    "briefing diff reads the revision with git; install git or put it on the PATH");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = pump(process.getErrorStream(), err);
        Thread writer = new Thread(() -> {
            try (OutputStream in = process.getOutputStream()) {
                in.write(input);
            } catch (IOException e) {
                // git stopped reading: its exit code and error output say why.
            }
        }, "git-stdin");
        writer.setDaemon(true);
        writer.start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new RevisionException("git " + String.join(" ", args) + " did not finish in "
                        + TIMEOUT_SECONDS + " s", null);
            }
            errReader.join();
            writer.join();
            return new Result(process.exitValue(), out, err.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            throw new RevisionException("cannot read from git: " + e.getMessage(), null);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new RevisionException("interrupted while git was running", null);
        }
    }

    /**
     * The contents of many blobs by object id with one {@code git cat-file --batch}, in the order asked. Its
     * answer is, per object, a line {@code <id> <type> <size>}, the bytes, and a newline.
     */
    Map<String, byte[]> blobs(List<String> ids) throws RevisionException {
        StringBuilder request = new StringBuilder();
        ids.forEach(id -> request.append(id).append('\n'));
        Result result = run(List.of("cat-file", "--batch"), request.toString().getBytes(StandardCharsets.US_ASCII));
        if (result.exitCode() != 0) {
            throw new RevisionException("git cat-file failed: " + result.firstErrorLine(), null);
        }
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(new java.io.ByteArrayInputStream(result.out()))) {
            for (String id : ids) {
                String header = line(in);
                String[] parts = header.split(" ");
                if (parts.length != 3 || !parts[1].equals("blob")) {
                    throw new RevisionException("git cat-file gave an unexpected answer for " + id + ": " + header,
                            null);
                }
                byte[] content = in.readNBytes(Integer.parseInt(parts[2]));
                if (in.read() != '\n') {
                    throw new EOFException("answer for " + id + " is cut short");
                }
                blobs.put(id, content);
            }
        } catch (IOException | NumberFormatException e) {
            throw new RevisionException("cannot read git cat-file's answer: " + e.getMessage(), null);
        }
        return blobs;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("git's answer ends early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static Thread pump(InputStream from, ByteArrayOutputStream to) {
        Thread thread = new Thread(() -> {
            try (from) {
                from.transferTo(to);
            } catch (IOException e) {
                // the process ended; what was read is kept
            }
        }, "git-stderr");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
