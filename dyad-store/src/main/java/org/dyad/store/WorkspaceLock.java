package org.dyad.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The single-writer lock of a workspace: an OS file lock on {@code workspace.lock}, which also
 * records who holds it (process id, command, start time and, for a server, its port) so that a
 * second process can say who is in the way. The OS releases the lock when the holder dies, even by
 * {@code kill -9}.
 */
public final class WorkspaceLock implements AutoCloseable {

  static final String FILE_NAME = "workspace.lock";
  private final FileChannel channel;
  private final FileLock lock;

  private WorkspaceLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock or throws {@link WorkspaceBusyException} naming the holder.
   *
   * @param command what this process is doing, shown to whoever finds the workspace busy
   */
  public static WorkspaceLock acquire(Path workspace, String command) throws IOException {
    Path file = workspace.resolve(FILE_NAME);
    FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new WorkspaceBusyException(workspace, holder(workspace).orElse(null));
    }
    Properties who = new Properties();
    who.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
    who.setProperty("command", command);
    who.setProperty("started", Instant.now().toString());
    write(channel, who);
    return new WorkspaceLock(channel, lock);
  }

  /** Records the port of a server holding the workspace, so CLI commands can reach it. */
  public void recordPort(int port) throws IOException {
    Properties who = read(channel);
    who.setProperty("port", Integer.toString(port));
    write(channel, who);
  }

  /** Who holds the workspace's lock, as last recorded; empty when nobody ever did. */
  public static Optional<Holder> holder(Path workspace) throws IOException {
    Path file = workspace.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Properties who = read(channel);
      if (who.getProperty("pid") == null) {
        return Optional.empty();
      }
      String port = who.getProperty("port");
      return Optional.of(
          new Holder(
              Long.parseLong(who.getProperty("pid")),
              who.getProperty("command", "?"),
              who.getProperty("started", "?"),
              port == null ? 0 : Integer.parseInt(port)));
    } catch (NumberFormatException garbled) {
      return Optional.empty();
    }
  }

  private static Properties read(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
    channel.read(buffer, 0);
    Properties who = new Properties();
    who.load(new java.io.StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
    return who;
  }

  private static void write(FileChannel channel, Properties who) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    who.store(text, "Dyad workspace lock: the process holding this workspace");
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }

  /** The process recorded as holding a workspace. {@code port} is 0 unless it is a server. */
  public record Holder(long pid, String command, String started, int port) {}

  /** The workspace is held by another process (or another opening in this one). */
  public static final class WorkspaceBusyException extends IOException {
    private final transient Holder holder;

    WorkspaceBusyException(Path workspace, Holder holder) {
      super(
          holder == null
              ? "workspace " + workspace + " is in use by another process"
              : holder.port() > 0
                  ? "workspace " + workspace + " is served by process " + holder.pid() + " (" + holder.command()
                      + " on port " + holder.port() + "); this command does not go through the server: stop the server first"
                  : "workspace " + workspace + " is in use by process " + holder.pid() + " ("
                      + holder.command() + ", since " + holder.started() + "); wait for it to finish or stop it");
      this.holder = holder;
    }

    public Optional<Holder> holder() {
      return Optional.ofNullable(holder);
    }
  }
}
