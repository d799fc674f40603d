package dev.huntsql.engine.generate;

import java.util.SplittableRandom;

/**
 * DeviceLogonEvents: interactive, unlock, network, service and remote-interactive logons of the
 * fleet's users, and failed logons, including password sprays on the internet-facing servers.
 */
final class LogonEvents implements TableGenerator {
  private static final String[] FAILURES = {"InvalidUserNameOrPassword", "UnknownUser", "AccountLocked",
      "AccountDisabled", "PasswordExpired"};
  private static final String[] SPRAY_NAMES = {"administrator", "admin", "user", "test", "backup", "scanner",
      "guest", "sql", "support"};
  private static final String[] ATTACKER_HOSTS = {"kali", "WIN-7QH3SJ2R1LM", "DESKTOP-O1K2J3", null};

  private final Fleet fleet;
  private final Addresses addresses;
  private final EventClock clock;
  private final SplittableRandom random;
  private final InitiatingProcessColumns initiating;
  private final int timestamp;
  private final int deviceId;
  private final int deviceName;
  private final int actionType;
  private final int logonType;
  private final int accountDomain;
  private final int accountName;
  private final int accountSid;
  private final int protocol;
  private final int failureReason;
  private final int isLocalAdmin;
  private final int logonId;
  private final int remoteDeviceName;
  private final int remoteIp;
  private final int remoteIpType;
  private final int remotePort;
  private final int reportId;
  private final int appGuard;
  private final int additionalFields;

  LogonEvents(EventRow row, Fleet fleet, Addresses addresses, EventClock clock, SplittableRandom random) {
    this.fleet = fleet;
    this.addresses = addresses;
    this.clock = clock;
    this.random = random;
    this.initiating = new InitiatingProcessColumns(row);
    timestamp = row.column("Timestamp");
    deviceId = row.column("DeviceId");
    deviceName = row.column("DeviceName");
    actionType = row.column("ActionType");
    logonType = row.column("LogonType");
    accountDomain = row.column("AccountDomain");
    accountName = row.column("AccountName");
    accountSid = row.column("AccountSid");
    protocol = row.column("Protocol");
    failureReason = row.column("FailureReason");
    isLocalAdmin = row.column("IsLocalAdmin");
    logonId = row.column("LogonId");
    remoteDeviceName = row.column("RemoteDeviceName");
    remoteIp = row.column("RemoteIP");
    remoteIpType = row.column("RemoteIPType");
    remotePort = row.column("RemotePort");
    reportId = row.column("ReportId");
    appGuard = row.column("AppGuardContainerId");
    additionalFields = row.column("AdditionalFields");
  }

  @Override
  public void next(EventRow row) {
    clock.next(random);
    int scenario = random.nextInt(100);
    Device device;
    boolean local = false;
    if (scenario < 30) {
      device = fleet.any(random);
      Account user = device.server() ? fleet.user(random) : device.user();
      local = true;
      String type = random.nextInt(3) == 0 ? "Unlock" : random.nextInt(6) == 0 ? "CachedInteractive" : "Interactive";
      boolean failed = random.nextInt(25) == 0;
      common(row, device, user, failed, type, random.nextBoolean() ? "Negotiate" : "Kerberos");
      row.string(remoteIp, "127.0.0.1");
      row.string(remoteIpType, "Loopback");
      row.number(remotePort, 0);
      initiating.fill(row, device.process(ProcessImage.named("winlogon.exe")));
    } else if (scenario < 65) {
      device = random.nextInt(3) == 0 ? fleet.controller(random) : fleet.server(random);
      Device client = fleet.any(random);
      boolean failed = random.nextInt(30) == 0;
      common(row, device, client.user(), failed, "Network", random.nextInt(4) == 0 ? "NTLM" : "Kerberos");
      remote(row, client.localIp(), client.name().substring(0, client.name().indexOf('.')));
      initiating.fill(row, device.process(ProcessImage.named("lsass.exe")));
    } else if (scenario < 85) {
      device = fleet.any(random);
      Account service = random.nextBoolean() ? Account.SYSTEM : Account.NETWORK_SERVICE;
      common(row, device, service, false, random.nextInt(4) == 0 ? "Batch" : "Service", "Negotiate");
      initiating.fill(row, device.process(ProcessImage.named("services.exe")));
      local = true;
    } else if (scenario < 92) {
      device = fleet.server(random);
      Device admin = fleet.any(random);
      common(row, device, admin.user(), random.nextInt(10) == 0, "RemoteInteractive", "Negotiate");
      remote(row, admin.localIp(), admin.name().substring(0, admin.name().indexOf('.')));
      initiating.fill(row, device.process(ProcessImage.named("lsass.exe")));
    } else {
      device = fleet.edge(random);
      String name = SPRAY_NAMES[random.nextInt(SPRAY_NAMES.length)];
      Account target = new Account(random.nextBoolean() ? "" : "SRV-EDGE", name, null, null, null, null, null);
      common(row, device, target, random.nextInt(200) != 0, random.nextBoolean() ? "Network" : "RemoteInteractive",
          "NTLM");
      remote(row, addresses.scanner(random), ATTACKER_HOSTS[random.nextInt(ATTACKER_HOSTS.length)]);
      initiating.fill(row, device.process(ProcessImage.named("lsass.exe")));
    }
    row.number(reportId, device.nextReportId());
    row.string(appGuard, "");
    row.string(additionalFields, local ? "{\"IsLocalLogon\":true}" : "{\"IsLocalLogon\":false}");
  }

  private void common(EventRow row, Device device, Account account, boolean failed, String type, String proto) {
    row.time(timestamp, clock.second(), clock.ticks());
    row.string(deviceId, device.id());
    row.string(deviceName, device.name());
    row.string(actionType, failed ? "LogonFailed" : "LogonSuccess");
    row.string(logonType, type);
    row.string(accountDomain, account.domain());
    row.string(accountName, account.name());
    row.string(accountSid, account.sid());
    row.string(protocol, proto);
    if (failed) {
      row.string(failureReason, FAILURES[random.nextInt(FAILURES.length)]);
    } else {
      row.number(logonId, random.nextLong(0x10000L, 0x100000000L));
      row.bool(isLocalAdmin, account.builtIn() || random.nextInt(20) == 0);
    }
  }

  private void remote(EventRow row, String ip, String host) {
    row.string(remoteIp, ip);
    row.string(remoteIpType, Addresses.type(ip));
    row.number(remotePort, random.nextInt(4) == 0 ? 0 : random.nextInt(49152, 65536));
    row.string(remoteDeviceName, host);
  }
}
