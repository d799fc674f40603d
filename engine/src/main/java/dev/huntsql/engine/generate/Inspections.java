package dev.huntsql.engine.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.huntsql.engine.generate.PacketText.Style;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The AdditionalFields texts of NetworkSignatureInspected events, built once per generator: SMB1,
 * SMB2 and NTLM conversations message by message, and HTTP, SSH and RDP signatures.
 */
final class Inspections {
  private static final JsonFactory JSON = new JsonFactory();
  private static final int[] CLIENT_VERSION = {10, 0, 19041};
  private static final int[] SERVER_VERSION = {10, 0, 20348};
  private static final String[] USERS = {"administrator", "admin", "backup", "svc-sql", "scanner",
      "jdoe", "mkowalski", "aokafor", "tnguyen", "lbrandt", "rsaito", "guest", "test", "deploy"};
  private static final String[] SERVERS = {"FS-DROP", "NAS01", "BUILD-RELAY", "SHARE-HK", "XSMB-WE1",
      "SRV-EDGE-01", "SRV-FILE-02", "WKS-CW", "FILESRV", "DC-01"};
  private static final String[] PATHS = {"/", "/index.html", "/api/v1/status", "/owa/auth/logon.aspx",
      "/docs", "/config/v1/", "/favicon.ico", "/wp-login.php", "/ews/exchange.asmx", "/update/check"};
  private static final String[] HOSTS = {"config.example.com", "cdn.example.net", "intranet.contoso.local",
      "updates.example.org", "portal.contoso.com", "files.example.com"};
  private static final String[] AGENTS = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
      "Microsoft-WebDAV-MiniRedir/10.0.19045", "curl/8.4.0", "Microsoft-CryptoAPI/10.0",
      "Windows-Update-Agent/10.0.10011.16384"};

  private final List<String[]> smbFlows = new ArrayList<>();
  private final List<String[]> smb1Flows = new ArrayList<>();
  private final List<String> httpClient = new ArrayList<>();
  private final List<String> httpServer = new ArrayList<>();
  private final List<String> ssh = new ArrayList<>();
  private final List<String> rdp = new ArrayList<>();

  private Inspections() {}

  static Inspections build(SplittableRandom random) {
    Inspections pool = new Inspections();
    NtlmMessages ntlm = new NtlmMessages(random);
    SmbPackets smb = new SmbPackets(random);
    for (int i = 0; i < 48; i++) {
      pool.smbFlows.add(i % 4 == 3 ? pool.rawFlow(random, ntlm, smb) : pool.windowsFlow(random, ntlm, smb));
    }
    for (int i = 0; i < 8; i++) {
      pool.smb1Flows.add(pool.smb1Flow(random, ntlm, smb));
    }
    for (int i = 0; i < 40; i++) {
      pool.httpClient.add(pool.http(random, ntlm, "HTTP_Client"));
      pool.httpServer.add(pool.http(random, ntlm, "HTTP_Server"));
    }
    for (String version : new String[] {"OpenSSH_for_Windows_9.5", "OpenSSH_9.6p1 Ubuntu-3ubuntu13",
        "OpenSSH_8.9p1", "PuTTY_Release_0.81"}) {
      byte[] banner = ("SSH-2.0-" + version + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      pool.ssh.add(fields("SSH", "SSH-2.0-" + version, PacketText.of(banner, Style.PERCENT)));
    }
    for (String user : USERS) {
      String cookie = "Cookie: mstshash=" + user;
      byte[] packet = new ByteWriter().u8(3).u8(0).u16be(11 + cookie.length() + 10).u8(cookie.length() + 16)
          .u8(0xE0).zeros(5).ascii(cookie + "\r\n").u8(1).u8(0).u8(8).u8(0).u8(0x0B).zeros(3).toBytes();
      pool.rdp.add(fields("RDP", cookie, PacketText.of(packet, Style.PERCENT)));
    }
    return pool;
  }

  /** An SMB2 conversation (negotiate, NTLM over session setup, outcome), one text per message. */
  String[] smbFlow(SplittableRandom random) {
    return smbFlows.get(random.nextInt(smbFlows.size()));
  }

  /** An SMB1 conversation as legacy clients and scanners send it. */
  String[] smb1Flow(SplittableRandom random) {
    return smb1Flows.get(random.nextInt(smb1Flows.size()));
  }

  String httpClient(SplittableRandom random) {
    return httpClient.get(random.nextInt(httpClient.size()));
  }

  String httpServer(SplittableRandom random) {
    return httpServer.get(random.nextInt(httpServer.size()));
  }

  String ssh(SplittableRandom random) {
    return ssh.get(random.nextInt(ssh.size()));
  }

  String rdp(SplittableRandom random) {
    return rdp.get(random.nextInt(rdp.size()));
  }

  private String[] windowsFlow(SplittableRandom random, NtlmMessages ntlm, SmbPackets smb) {
    String user = pick(random, USERS);
    String server = pick(random, SERVERS);
    long session = (random.nextLong(0x10000L) << 40) | 1;
    byte[] t1 = ntlm.negotiate(0xE2088297L, CLIENT_VERSION);
    byte[] t2 = ntlm.challenge(server, server.toLowerCase() + ".local", server, 0xE28A8215L, SERVER_VERSION);
    byte[] t3 = ntlm.authenticate(user, "CONTOSO", "WS-" + random.nextInt(100), "cifs/" + server.toLowerCase(),
        false, 0xE2888215L, CLIENT_VERSION);
    Style style = style(random);
    List<String> flow = new ArrayList<>();
    flow.add(smb2(smb.smb2NegotiateRequest(0x0202, 0x0210, 0x0300, 0x0302, 0x0311), style, random));
    flow.add(smb2(smb.smb2NegotiateResponse(0x0311), style, random));
    byte[] ss1 = smb.smb2SessionSetupRequest(1, Spnego.init(t1, Spnego.OID_NTLMSSP), 0, 1, 1);
    flow.add(smb2(ss1, style, random));
    flow.add(ntlmssp(t1, ss1, style));
    byte[] ss2 = smb.smb2SessionSetupResponse(1, Spnego.response(1, true, t2, null), session,
        SmbPackets.STATUS_MORE_PROCESSING_REQUIRED, false, 1);
    flow.add(smb2(ss2, style, random));
    flow.add(ntlmssp(t2, ss2, style));
    byte[] ss3 = smb.smb2SessionSetupRequest(2, Spnego.response(-1, false, t3, ntlm.mechListMic()), session, 1, 1);
    flow.add(smb2(ss3, style, random));
    flow.add(ntlmssp(t3, ss3, style));
    int outcome = random.nextInt(4);
    byte[] last = outcome == 0
        ? smb.smb2ErrorResponse(SmbPackets.SESSION_SETUP, 2, SmbPackets.STATUS_LOGON_FAILURE, session)
        : outcome == 1
            ? smb.smb2ErrorResponse(SmbPackets.SESSION_SETUP, 2, SmbPackets.STATUS_ACCESS_DENIED, session)
            : smb.smb2SessionSetupResponse(2, Spnego.response(0, false, null, ntlm.mechListMic()), session, 0, true, 1);
    flow.add(smb2(last, style, random));
    return flow.toArray(new String[0]);
  }

  /** A non-Windows client: raw NTLMSSP in session setup, no SPNEGO. */
  private String[] rawFlow(SplittableRandom random, NtlmMessages ntlm, SmbPackets smb) {
    String server = pick(random, SERVERS);
    long session = (random.nextLong(0x10000L) << 40) | 1;
    byte[] t1 = ntlm.negotiate(0xE0080235L, CLIENT_VERSION);
    byte[] t2 = ntlm.challenge(server, "builds.local", server, 0xE2890235L, SERVER_VERSION);
    byte[] t3 = ntlm.authenticate(pick(random, USERS), "BUILDS", "KALI", "cifs/" + server, false,
        0xE0880235L, CLIENT_VERSION);
    Style style = style(random);
    return new String[] {
        smb2(smb.smb2SessionSetupRequest(1, t1, 0, 0, 0), style, random),
        smb2(smb.smb2SessionSetupResponse(1, t2, session, SmbPackets.STATUS_MORE_PROCESSING_REQUIRED, false, 0),
            style, random),
        fields("NTLMSSP", "", PacketText.of(smb.smb2SessionSetupRequest(2, t3, session, 0, 0), style)),
    };
  }

  private String[] smb1Flow(SplittableRandom random, NtlmMessages ntlm, SmbPackets smb) {
    boolean anonymous = random.nextBoolean();
    byte[] t1 = ntlm.negotiate(0xE2088297L, CLIENT_VERSION);
    byte[] t2 = ntlm.challenge("NAS", "nas.lan", "NAS01", 0xE28A8215L, new int[] {6, 1, 7601});
    byte[] t3 = ntlm.authenticate(anonymous ? "" : pick(random, USERS), anonymous ? "" : "CONTOSO",
        "DESKTOP-Q7T2KD1", "cifs/nas", anonymous, 0xE2888215L, CLIENT_VERSION);
    byte[] negotiate = smb.smb1NegotiateRequest();
    byte[] ss1 = smb.smb1SessionSetupRequest(Spnego.init(t1, Spnego.OID_NTLMSSP), 16, 0);
    byte[] ss2 = smb.smb1SessionSetupResponse(Spnego.response(1, true, t2, null), 16, 2049,
        SmbPackets.STATUS_MORE_PROCESSING_REQUIRED);
    byte[] ss3 = smb.smb1SessionSetupRequest(Spnego.response(-1, false, t3, null), 32, 2049);
    return new String[] {smb1(negotiate), smb1(ss1), smb1(ss2), smb1(ss3), ntlmssp(t3, ss3, Style.PERCENT)};
  }

  private String http(SplittableRandom random, NtlmMessages ntlm, String signature) {
    String method = random.nextInt(5) == 0 ? "POST" : random.nextInt(8) == 0 ? "PROPFIND" : "GET";
    String requestLine = method + " " + pick(random, PATHS) + " HTTP/1.1";
    StringBuilder request = new StringBuilder(requestLine).append("\r\n")
        .append("Host: ").append(pick(random, HOSTS)).append("\r\n")
        .append("User-Agent: ").append(pick(random, AGENTS)).append("\r\n");
    if (random.nextInt(6) == 0) {
      request.append("Authorization: NTLM ")
          .append(Base64.getEncoder().encodeToString(ntlm.negotiate(0xA2088207L, CLIENT_VERSION))).append("\r\n");
    }
    request.append("\r\n");
    byte[] packet = request.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    return fields(signature, requestLine, PacketText.of(packet, Style.PERCENT));
  }

  /** SMB2 message: signature SMB2, matched content its first 8 bytes, sometimes wrapped or cut. */
  private static String smb2(byte[] packet, Style style, SplittableRandom random) {
    String sample = PacketText.of(packet, random.nextInt(60) == 0 ? 70 : packet.length, style);
    if (random.nextInt(30) == 0) {
      sample = "[\"" + new String(JsonStringEncoder.getInstance().quoteAsString(sample)) + "\"]";
    }
    return fields("SMB2", PacketText.of(packet, 8, style), sample);
  }

  private static String smb1(byte[] packet) {
    return fields("SMB", PacketText.of(packet, 5, Style.PERCENT), PacketText.of(packet, Style.PERCENT));
  }

  /** NTLMSSP signature: matched content the token's first 12 bytes, sample the carrying packet. */
  private static String ntlmssp(byte[] token, byte[] packet, Style style) {
    return fields("NTLMSSP", PacketText.of(token, 12, style), PacketText.of(packet, style));
  }

  private static Style style(SplittableRandom random) {
    int r = random.nextInt(40);
    return r == 0 ? Style.PERCENT_LOWER : r == 1 ? Style.BACKSLASH_X : Style.PERCENT;
  }

  static String fields(String signature, String matched, String sample) {
    StringWriter text = new StringWriter(sample.length() + 96);
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      json.writeStringField("SignatureName", signature);
      if (matched != null) {
        json.writeStringField("SignatureMatchedContent", matched);
      }
      json.writeStringField("SamplePacketContent", sample);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
