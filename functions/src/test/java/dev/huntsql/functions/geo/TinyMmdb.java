package dev.huntsql.functions.geo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a small IPv4 MaxMind DB (format 2.0, 24-bit records) for tests, from the published spec.
 *
 * <p>Values may be String, Double, Integer (uint32), Long (uint64), Boolean, Map and List.
 */
final class TinyMmdb {
  private static final int EMPTY = -1;
  private static final byte[] METADATA_MARKER = {(byte) 0xAB, (byte) 0xCD, (byte) 0xEF, 'M', 'a',
      'x', 'M', 'i', 'n', 'd', '.', 'c', 'o', 'm'};

  /** Search tree: per node its two records; >= 0 node index, EMPTY, or -(data offset) - 2. */
  private final List<int[]> nodes = new ArrayList<>();
  private final ByteArrayOutputStream data = new ByteArrayOutputStream();
  private final String databaseType;

  TinyMmdb(String databaseType) {
    this.databaseType = databaseType;
    nodes.add(new int[] {EMPTY, EMPTY});
  }

  /** Maps {@code a.b.c.d/len} to {@code record}. */
  TinyMmdb add(String cidr, Map<String, ?> record) {
    return addAtOffset(cidr, encodeData(record));
  }

  /** Maps {@code cidr} to a data offset that may be invalid, to build corrupt databases. */
  TinyMmdb addAtOffset(String cidr, int dataOffset) {
    String[] parts = cidr.split("/");
    String[] octets = parts[0].split("\\.");
    long address = 0;
    for (String octet : octets) {
      address = address << 8 | Integer.parseInt(octet);
    }
    int prefix = Integer.parseInt(parts[1]);
    int node = 0;
    for (int bit = 0; bit < prefix; bit++) {
      int side = (int) (address >>> (31 - bit) & 1);
      if (bit == prefix - 1) {
        nodes.get(node)[side] = -dataOffset - 2;
      } else {
        if (nodes.get(node)[side] < 0) {
          nodes.add(new int[] {EMPTY, EMPTY});
          nodes.get(node)[side] = nodes.size() - 1;
        }
        node = nodes.get(node)[side];
      }
    }
    return this;
  }

  private int encodeData(Object value) {
    int offset = data.size();
    write(data, value);
    return offset;
  }

  byte[] build() {
    int nodeCount = nodes.size();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int[] node : nodes) {
      for (int record : node) {
        long value = record >= 0 ? record : record == EMPTY ? nodeCount
            : (long) nodeCount + 16 + (-record - 2);
        out.write((int) (value >>> 16) & 0xFF);
        out.write((int) (value >>> 8) & 0xFF);
        out.write((int) value & 0xFF);
      }
    }
    out.writeBytes(new byte[16]);
    out.writeBytes(data.toByteArray());
    out.writeBytes(METADATA_MARKER);
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("binary_format_major_version", new Uint16(2));
    metadata.put("binary_format_minor_version", new Uint16(0));
    metadata.put("build_epoch", 1700000000L);
    metadata.put("database_type", databaseType);
    metadata.put("description", Map.of("en", "huntsql test database"));
    metadata.put("ip_version", new Uint16(4));
    metadata.put("languages", List.of("en"));
    metadata.put("node_count", nodeCount);
    metadata.put("record_size", new Uint16(24));
    write(out, metadata);
    return out.toByteArray();
  }

  /** A value written as uint16, as the metadata's small numbers are. */
  static final class Uint16 {
    final int value;

    Uint16(int value) {
      this.value = value;
    }
  }

  private static void write(ByteArrayOutputStream out, Object value) {
    if (value instanceof String) {
      byte[] utf8 = ((String) value).getBytes(StandardCharsets.UTF_8);
      control(out, 2, utf8.length);
      out.writeBytes(utf8);
    } else if (value instanceof Double) {
      control(out, 3, 8);
      long bits = Double.doubleToLongBits((Double) value);
      bigEndian(out, bits, 8);
    } else if (value instanceof Uint16) {
      unsigned(out, 5, ((Uint16) value).value);
    } else if (value instanceof Integer) {
      unsigned(out, 6, (Integer) value);
    } else if (value instanceof Long) {
      unsigned(out, 9, (Long) value);
    } else if (value instanceof Boolean) {
      control(out, 14, (Boolean) value ? 1 : 0);
    } else if (value instanceof Map) {
      Map<?, ?> map = (Map<?, ?>) value;
      control(out, 7, map.size());
      for (Map.Entry<?, ?> e : map.entrySet()) {
        write(out, e.getKey().toString());
        write(out, e.getValue());
      }
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      control(out, 11, list.size());
      for (Object element : list) {
        write(out, element);
      }
    } else {
      throw new IllegalArgumentException("unsupported value " + value);
    }
  }

  private static void unsigned(ByteArrayOutputStream out, int type, long value) {
    int size = 0;
    for (long v = value; v != 0; v >>>= 8) {
      size++;
    }
    control(out, type, size);
    bigEndian(out, value, size);
  }

  private static void control(ByteArrayOutputStream out, int type, int size) {
    int sizeBits = size < 29 ? size : size < 285 ? 29 : 30;
    out.write((type <= 7 ? type : 0) << 5 | sizeBits);
    if (type > 7) {
      out.write(type - 7);
    }
    if (sizeBits == 29) {
      out.write(size - 29);
    } else if (sizeBits == 30) {
      bigEndian(out, size - 285, 2);
    }
  }

  private static void bigEndian(ByteArrayOutputStream out, long value, int bytes) {
    for (int i = bytes - 1; i >= 0; i--) {
      out.write((int) (value >>> (8 * i)) & 0xFF);
    }
  }
}
