package dev.huntsql.functions.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.huntsql.functions.ip.IpAddresses;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecialAddressesTest {
  @ParameterizedTest
  @CsvSource({
      "0.1.2.3, true", "10.1.2.3, true", "100.64.0.1, true", "100.128.0.1, false",
      "127.0.0.1, true", "169.254.9.9, true", "172.16.0.1, true", "172.31.255.255, true",
      "172.32.0.1, false", "192.0.0.8, true", "192.0.2.1, true", "192.168.50.1, true",
      "198.18.0.1, true", "198.19.255.1, true", "198.20.0.1, false", "198.51.100.7, true",
      "203.0.113.9, true", "224.0.0.251, true", "255.255.255.255, true", "8.8.8.8, false",
      "1.1.1.1, false", "::, true", "::1, true", "::2, false", "100::1, true",
      "2001:db8::1, true", "2001:db9::1, false", "3fff::1, true", "fc00::1, true",
      "fdff::1, true", "fe80::1, true", "febf::1, true", "fec0::1, false", "ff02::1, true",
      "::ffff:10.0.0.1, true", "::ffff:8.8.8.8, false", "2001:4860:4860::8888, false"})
  void neverGlobalRanges(String ip, boolean special) {
    assertEquals(special, SpecialAddresses.isSpecial(IpAddresses.toBytes(ip)), ip);
  }
}
