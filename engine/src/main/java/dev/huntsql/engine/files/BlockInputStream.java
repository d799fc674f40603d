package dev.huntsql.engine.files;

import java.io.IOException;
import java.io.InputStream;

/** A stream that produces bytes in blocks: single-byte reads go through {@link #readBlock}. */
abstract class BlockInputStream extends InputStream {
  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    return length == 0 ? 0 : readBlock(buffer, offset, length);
  }

  /** Reads 1 to {@code length} bytes, waiting for at least one; -1 at the end. */
  protected abstract int readBlock(byte[] buffer, int offset, int length) throws IOException;
}
