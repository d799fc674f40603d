package dev.huntsql.engine.generate;

import java.util.SplittableRandom;

/**
 * DeviceNetworkEvents: connections as Defender records them (success, failure, inbound, listening)
 * and the NetworkSignatureInspected rows that follow them, with SMB1/SMB2/NTLMSSP, HTTP, SSH and
 * RDP packets in AdditionalFields; remotes are public, private, IPv6 and sometimes malformed.
 */
final class NetworkEvents implements TableGenerator {
  private static final String SUCCESS = "ConnectionSuccess";
  private static final String FAILED = "ConnectionFailed";
  private static final String ATTEMPT = "ConnectionAttempt";
  private static final String INBOUND = "InboundConnectionAccepted";
  private static final String LISTENING = "ListeningConnectionCreated";
  private static final String INSPECTED = "NetworkSignatureInspected";
  private static final int NONE = -1;
  /** Scenario weights, per 1000 connections. */
  private static final int[] WEIGHTS = {585, 90, 60, 60, 25, 15, 40, 30, 30, 10, 40, 5, 10};
  private static final int WEB = 0;
  private static final int DNS = 1;
  private static final int INTERNAL_SMB = 2;
  private static final int INTERNAL_INBOUND = 3;
  private static final int EDGE_INBOUND = 4;
  private static final int PUBLIC_SMB = 5;
  private static final int REMOTE_ADMIN = 6;
  private static final int LISTEN = 7;
  private static final int LINK_LOCAL = 8;
  private static final int MAPPED = 9;
  private static final int FAILURE = 10;
  private static final int MALFORMED = 11;
  private static final int LOOPBACK = 12;
  private static final ProcessImage[] WEB_CLIENTS = {ProcessImage.named("msedge.exe"),
      ProcessImage.named("chrome.exe"), ProcessImage.named("ms-teams.exe"), ProcessImage.named("onedrive.exe"),
      ProcessImage.named("outlook.exe"), ProcessImage.named("svchost.exe"), ProcessImage.named("mssense.exe")};
  private static final int[] SERVER_PORTS = {445, 445, 3389, 1433, 80, 443, 5985, 135};
  private static final int[] LISTEN_PORTS = {445, 135, 139, 3389, 5040, 7680, 49664, 49665, 5357};

  private final Fleet fleet;
  private final Addresses addresses;
  private final Inspections inspections;
  private final EventClock clock;
  private final SplittableRandom random;
  private final InitiatingProcessColumns process;
  private final int timestamp;
  private final int deviceId;
  private final int deviceName;
  private final int actionType;
  private final int remoteIp;
  private final int remotePort;
  private final int localIp;
  private final int localPort;
  private final int protocol;
  private final int localIpType;
  private final int remoteIpType;
  private final int reportId;
  private final int appGuard;
  private final int additionalFields;

  // The connection being written: its rows share these and differ in action and fields.
  private Device device;
  private ProcessInstance initiating;
  private String remote;
  private int rport;
  private String local;
  private int lport;
  private String proto;
  private final String[] actions = new String[16];
  private final String[] fields = new String[16];
  private int count;
  private int position;

  NetworkEvents(EventRow row, Fleet fleet, Addresses addresses, Inspections inspections, EventClock clock,
      SplittableRandom random) {
    this.fleet = fleet;
    this.addresses = addresses;
    this.inspections = inspections;
    this.clock = clock;
    this.random = random;
    this.process = new InitiatingProcessColumns(row);
    timestamp = row.column("Timestamp");
    deviceId = row.column("DeviceId");
    deviceName = row.column("DeviceName");
    actionType = row.column("ActionType");
    remoteIp = row.column("RemoteIP");
    remotePort = row.column("RemotePort");
    localIp = row.column("LocalIP");
    localPort = row.column("LocalPort");
    protocol = row.column("Protocol");
    localIpType = row.column("LocalIPType");
    remoteIpType = row.column("RemoteIPType");
    reportId = row.column("ReportId");
    appGuard = row.column("AppGuardContainerId");
    additionalFields = row.column("AdditionalFields");
  }

  @Override
  public void next(EventRow row) {
    if (position == count) {
      clock.next(random);
      plan();
    } else {
      clock.nudge(random, 2_000_000);
    }
    row.time(timestamp, clock.second(), clock.ticks());
    row.string(deviceId, device.id());
    row.string(deviceName, device.name());
    row.string(actionType, actions[position]);
    row.string(remoteIp, remote);
    if (rport != NONE) {
      row.number(remotePort, rport);
    }
    row.string(localIp, local);
    if (lport != NONE) {
      row.number(localPort, lport);
    }
    row.string(protocol, proto);
    row.string(localIpType, Addresses.type(local));
    row.string(remoteIpType, Addresses.type(remote));
    process.fill(row, initiating);
    row.number(reportId, device.nextReportId());
    row.string(appGuard, "");
    row.string(additionalFields, fields[position]);
    position++;
  }

  private void plan() {
    count = 0;
    position = 0;
    proto = "Tcp";
    int scenario = scenario();
    device = scenario == EDGE_INBOUND ? fleet.edge(random)
        : scenario == INTERNAL_INBOUND ? fleet.server(random) : fleet.any(random);
    local = device.localIp();
    lport = ephemeral();
    switch (scenario) {
      case WEB:
        initiating = device.process(WEB_CLIENTS[random.nextInt(WEB_CLIENTS.length)]);
        remote = random.nextInt(10) == 0 ? addresses.v6(random) : addresses.publicV4(random);
        rport = random.nextInt(10) == 0 ? 80 : 443;
        int r = random.nextInt(100);
        add(r < 92 ? SUCCESS : r < 96 ? FAILED : ATTEMPT, null);
        if (rport == 80 && random.nextInt(3) == 0) {
          add(INSPECTED, inspections.httpClient(random));
        }
        break;
      case DNS:
        initiating = device.process(ProcessImage.named("svchost.exe"));
        remote = fleet.controller(random).localIp();
        rport = 53;
        proto = "Udp";
        add(SUCCESS, null);
        break;
      case INTERNAL_SMB:
        initiating = device.process(random.nextInt(5) == 0 ? ProcessImage.named("explorer.exe") : ProcessImage.SYSTEM_PROCESS);
        remote = fleet.server(random).localIp();
        rport = 445;
        add(SUCCESS, null);
        addFlow(inspections.smbFlow(random));
        break;
      case INTERNAL_INBOUND:
        initiating = device.process(ProcessImage.SYSTEM_PROCESS);
        remote = random.nextBoolean() ? addresses.privateV4(random) : fleet.any(random).localIp();
        rport = ephemeral();
        lport = SERVER_PORTS[random.nextInt(SERVER_PORTS.length)];
        add(INBOUND, null);
        if (lport == 445) {
          addFlow(inspections.smbFlow(random));
        } else if (lport == 3389 && random.nextInt(5) == 0) {
          add(INSPECTED, inspections.rdp(random));
        }
        break;
      case EDGE_INBOUND:
        edgeInbound();
        break;
      case PUBLIC_SMB:
        int who = random.nextInt(10);
        initiating = device.process(who < 6 ? ProcessImage.SYSTEM_PROCESS
            : who < 8 ? ProcessImage.named("explorer.exe") : ProcessImage.named("net.exe"));
        remote = random.nextInt(3) == 0 ? addresses.scanner(random) : addresses.publicV4(random);
        int p = random.nextInt(20);
        rport = p < 15 ? 445 : p < 18 ? 139 : p == 18 ? 8445 : 4445;
        add(SUCCESS, null);
        addFlow(inspections.smbFlow(random));
        break;
      case REMOTE_ADMIN:
        remoteAdmin();
        break;
      case LISTEN:
        initiating = device.process(random.nextBoolean() ? ProcessImage.named("svchost.exe") : ProcessImage.SYSTEM_PROCESS);
        remote = random.nextInt(5) < 3 ? "" : null;
        rport = NONE;
        local = random.nextBoolean() ? "0.0.0.0" : device.localIp();
        lport = LISTEN_PORTS[random.nextInt(LISTEN_PORTS.length)];
        add(LISTENING, null);
        break;
      case LINK_LOCAL:
        initiating = device.process(ProcessImage.named("svchost.exe"));
        remote = addresses.v6(random);
        rport = random.nextBoolean() ? 5355 : 3702;
        proto = "Udp";
        add(SUCCESS, null);
        break;
      case MAPPED:
        initiating = device.process(ProcessImage.named("msedge.exe"));
        remote = "::ffff:" + addresses.publicV4(random);
        rport = 443;
        add(SUCCESS, null);
        break;
      case FAILURE:
        initiating = device.process(random.nextBoolean() ? ProcessImage.named("svchost.exe") : ProcessImage.SYSTEM_PROCESS);
        remote = random.nextBoolean() ? addresses.publicV4(random) : addresses.privateV4(random);
        rport = random.nextBoolean() ? 445 : random.nextBoolean() ? 443 : 135;
        add(random.nextBoolean() ? FAILED : ATTEMPT, null);
        break;
      case MALFORMED:
        initiating = device.process(ProcessImage.SYSTEM_PROCESS);
        remote = random.nextInt(8) == 0 ? null : addresses.malformed(random);
        rport = 445;
        String[] flow = inspections.smbFlow(random);
        add(INSPECTED, flow[0]);
        break;
      default:
        initiating = device.process(ProcessImage.named("svchost.exe"));
        remote = "127.0.0.1";
        rport = random.nextBoolean() ? 8080 : 5939;
        local = "127.0.0.1";
        add(SUCCESS, null);
    }
    if (random.nextInt(200) == 0) {
      rport = NONE;
    }
    if (device.kind() == Device.Kind.LAPTOP && random.nextInt(40) == 0) {
      lport = NONE;
    }
  }

  /** Internet hosts probing the edge servers: SMB1 and SMB2 on 445 and 139, RDP, HTTP. */
  private void edgeInbound() {
    initiating = device.process(ProcessImage.SYSTEM_PROCESS);
    remote = random.nextInt(4) == 0 ? addresses.publicV4(random) : addresses.scanner(random);
    rport = random.nextInt(32768, 61000);
    int r = random.nextInt(10);
    lport = r < 6 ? 445 : r < 7 ? 139 : r < 9 ? 3389 : 80;
    if (random.nextInt(3) == 0 && lport != 80) {
      add(INBOUND, null);
    }
    if (lport == 445 || lport == 139) {
      addFlow(random.nextInt(3) == 0 ? inspections.smb1Flow(random) : inspections.smbFlow(random));
    } else if (lport == 3389) {
      add(INSPECTED, inspections.rdp(random));
    } else {
      initiating = device.process(ProcessImage.named("w3wp.exe"));
      add(INSPECTED, inspections.httpServer(random));
    }
  }

  private void remoteAdmin() {
    int r = random.nextInt(3);
    boolean external = random.nextInt(4) == 0;
    remote = external ? addresses.publicV4(random) : fleet.server(random).localIp();
    if (r == 0) {
      initiating = device.process(ProcessImage.named("mstsc.exe"));
      rport = 3389;
      add(SUCCESS, null);
      add(INSPECTED, inspections.rdp(random));
    } else if (r == 1) {
      initiating = device.process(ProcessImage.named("ssh.exe"));
      rport = 22;
      add(SUCCESS, null);
      add(INSPECTED, inspections.ssh(random));
    } else {
      initiating = device.process(ProcessImage.named("powershell.exe"));
      rport = 5985;
      add(SUCCESS, null);
    }
  }

  /** A conversation seen part way: its first one to all messages. */
  private void addFlow(String[] flow) {
    int seen = 1 + random.nextInt(flow.length);
    for (int i = 0; i < seen && count < actions.length; i++) {
      add(INSPECTED, flow[i]);
    }
  }

  private void add(String action, String additional) {
    actions[count] = action;
    fields[count] = additional;
    count++;
  }

  private int scenario() {
    int r = random.nextInt(1000);
    for (int i = 0; i < WEIGHTS.length; i++) {
      r -= WEIGHTS[i];
      if (r < 0) {
        return i;
      }
    }
    return 0;
  }

  private int ephemeral() {
    return random.nextInt(49152, 65536);
  }
}
