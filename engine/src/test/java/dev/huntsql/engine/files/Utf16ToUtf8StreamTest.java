package dev.huntsql.engine.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** UTF-16 text in, the JDK's UTF-8 encoding of the same text out, whatever the read sizes. */
class Utf16ToUtf8StreamTest {

  @Property(tries = 200)
  void givesTheUtf8OfTheText(@ForAll @StringLength(max = 20_000) String text, @ForAll boolean bigEndian,
      @ForAll @IntRange(min = 1, max = 9000) int readSize) throws IOException {
    // Surrogate pairs next to the converter's 8,192-character steps are the interesting case.
    String withPairs = text.length() > 8190 ? text.substring(0, 8191) + "\ud83d\ude00" + text.substring(8191) : text;
    String expected = new String(withPairs.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    byte[] utf16 = ("\uFEFF" + withPairs).getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Utf16ToUtf8Stream in = new Utf16ToUtf8Stream(new ByteArrayInputStream(utf16))) {
      byte[] buffer = new byte[readSize];
      for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    }
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), out.toByteArray());
  }
}
