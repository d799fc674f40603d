package dev.huntsql.engine.generate;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the little-endian writes that network packets are built from. */
final class ByteWriter {
  private byte[] bytes = new byte[256];
  private int size;

  ByteWriter u8(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
    return this;
  }

  ByteWriter u16(int value) {
    return u8(value).u8(value >>> 8);
  }

  ByteWriter u32(long value) {
    return u16((int) value).u16((int) (value >>> 16));
  }

  ByteWriter u64(long value) {
    return u32(value).u32(value >>> 32);
  }

  /** Big-endian 16 bits, as DER lengths are written. */
  ByteWriter u16be(int value) {
    return u8(value >>> 8).u8(value);
  }

  ByteWriter zeros(int count) {
    ensure(count);
    size += count;
    return this;
  }

  ByteWriter bytes(byte[] data) {
    ensure(data.length);
    System.arraycopy(data, 0, bytes, size, data.length);
    size += data.length;
    return this;
  }

  ByteWriter ascii(String text) {
    return bytes(text.getBytes(StandardCharsets.US_ASCII));
  }

  ByteWriter utf16(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_16LE));
  }

  int size() {
    return size;
  }

  byte[] toBytes() {
    return Arrays.copyOf(bytes, size);
  }

  static byte[] concat(byte[]... parts) {
    ByteWriter writer = new ByteWriter();
    for (byte[] part : parts) {
      writer.bytes(part);
    }
    return writer.toBytes();
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
