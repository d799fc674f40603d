package dev.huntsql.engine.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of UTF-16 text that starts with its byte order mark, as Windows PowerShell's
 * {@code >} writes an export: the rest of huntsql reads UTF-8 only. Characters that do not decode
 * become U+FFFD, as in any other file.
 */
final class Utf16ToUtf8Stream extends BlockInputStream {
  private final Reader reader;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192 + 16).flip();
  private boolean endOfText;

  Utf16ToUtf8Stream(InputStream utf16) {
    // Java's UTF-16 decoder reads the byte order mark to learn big- or little-endian, and drops it.
    this.reader = new InputStreamReader(utf16, StandardCharsets.UTF_16);
  }

  @Override
  protected int readBlock(byte[] buffer, int offset, int length) throws IOException {
    while (!bytes.hasRemaining()) {
      if (!encodeMore()) {
        return -1;
      }
    }
    int n = Math.min(length, bytes.remaining());
    bytes.get(buffer, offset, n);
    return n;
  }

  /** Decodes and encodes the next characters; false at the end of the text. */
  private boolean encodeMore() throws IOException {
    if (endOfText && !chars.hasRemaining()) {
      return false;
    }
    chars.compact(); // keeps a high surrogate whose partner is still to come
    if (!endOfText && reader.read(chars) < 0) {
      endOfText = true;
    }
    chars.flip();
    bytes.clear();
    encoder.encode(chars, bytes, endOfText);
    if (endOfText) {
      encoder.flush(bytes);
    }
    bytes.flip();
    return bytes.hasRemaining() || !endOfText || chars.hasRemaining();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
