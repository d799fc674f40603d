package dev.huntsql.engine.generate;

import dev.huntsql.engine.generate.Device.Kind;
import dev.huntsql.engine.generate.ProcessImage.RunAs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** The devices and users of the generated organisation (contoso), each with its running processes. */
final class Fleet {
  static final String DOMAIN_SID = "S-1-5-21-3081592416-1175207359-2660135841";
  private static final String[] DEPARTMENTS = {"fin", "hr", "dev", "eng", "sales", "mkt", "ops", "legal", "it"};
  private static final String[] SERVER_ROLES = {"file", "sql", "web", "app", "print", "backup", "build"};
  private static final String[] GIVEN = {"a", "b", "c", "d", "e", "f", "g", "h", "j", "k", "l", "m", "n", "p",
      "r", "s", "t", "w"};
  private static final String[] FAMILY = {"kowalski", "okafor", "nguyen", "brandt", "saito", "garcia", "smith",
      "muller", "rossi", "silva", "khan", "ivanova", "dubois", "jensen", "novak", "tanaka", "oconnor", "haddad",
      "berg", "costa", "fischer", "lopez", "patel", "yilmaz", "kim", "nowak", "schmidt", "moreau", "larsen", "weber"};
  private static final ProcessImage[] DESKTOP = images("explorer.exe", "msedge.exe", "chrome.exe", "ms-teams.exe",
      "onedrive.exe", "outlook.exe", "powershell.exe", "cmd.exe", "net.exe", "ssh.exe", "mstsc.exe", "curl.exe",
      "rundll32.exe", "certutil.exe");
  private static final ProcessImage[] ALWAYS = images("svchost.exe", "msmpeng.exe", "mssense.exe", "lsass.exe",
      "winlogon.exe", "services.exe");

  private final List<Device> devices;
  private final List<Device> servers = new ArrayList<>();
  private final List<Device> edges = new ArrayList<>();
  private final List<Device> controllers = new ArrayList<>();
  private final List<Account> users = new ArrayList<>();

  private Fleet(List<Device> devices) {
    this.devices = devices;
    for (Device device : devices) {
      switch (device.kind()) {
        case SERVER:
          servers.add(device);
          break;
        case EDGE_SERVER:
          edges.add(device);
          break;
        case DOMAIN_CONTROLLER:
          controllers.add(device);
          break;
        default:
          users.add(device.user());
      }
    }
  }

  /** A fleet of {@code count} devices (at least one of each kind), the same for the same random state. */
  static Fleet create(int count, long bootSecond, SplittableRandom random) {
    List<Device> devices = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < Math.max(count, 6); i++) {
      Kind kind = i == 0 ? Kind.DOMAIN_CONTROLLER : i == 1 ? Kind.EDGE_SERVER : i == 2 ? Kind.SERVER
          : i == 3 ? Kind.WORKSTATION : kind(random);
      String name;
      do {
        name = name(kind, random);
      } while (!names.add(name));
      devices.add(device(name, kind, bootSecond, random));
    }
    return new Fleet(devices);
  }

  List<Device> devices() {
    return devices;
  }

  Device any(SplittableRandom random) {
    return devices.get(random.nextInt(devices.size()));
  }

  Device server(SplittableRandom random) {
    return servers.get(random.nextInt(servers.size()));
  }

  Device edge(SplittableRandom random) {
    return edges.get(random.nextInt(edges.size()));
  }

  Device controller(SplittableRandom random) {
    return controllers.get(random.nextInt(controllers.size()));
  }

  /** A user of the organisation (the primary user of some workstation or laptop). */
  Account user(SplittableRandom random) {
    return users.get(random.nextInt(users.size()));
  }

  private static Kind kind(SplittableRandom random) {
    int r = random.nextInt(100);
    return r < 66 ? Kind.WORKSTATION : r < 90 ? Kind.LAPTOP : r < 97 ? Kind.SERVER
        : r < 98 ? Kind.EDGE_SERVER : Kind.DOMAIN_CONTROLLER;
  }

  private static String name(Kind kind, SplittableRandom random) {
    String prefix;
    switch (kind) {
      case WORKSTATION:
        prefix = "ws-" + pick(random, DEPARTMENTS);
        break;
      case LAPTOP:
        prefix = "lt-" + pick(random, DEPARTMENTS);
        break;
      case SERVER:
        prefix = "srv-" + pick(random, SERVER_ROLES);
        break;
      case EDGE_SERVER:
        prefix = "srv-edge";
        break;
      default:
        prefix = "dc";
    }
    return String.format(Locale.ROOT, "%s-%02d.contoso.local", prefix, random.nextInt(1, kind == Kind.WORKSTATION ? 1000 : 100));
  }

  private static Device device(String name, Kind kind, long bootSecond, SplittableRandom random) {
    String localIp;
    switch (kind) {
      case EDGE_SERVER:
        localIp = "172.20.5." + random.nextInt(2, 255);
        break;
      case SERVER:
      case DOMAIN_CONTROLLER:
        localIp = "10.20." + random.nextInt(0, 2) + "." + random.nextInt(2, 255);
        break;
      case LAPTOP:
        localIp = random.nextInt(3) == 0 ? "192.168." + random.nextInt(0, 3) + "." + random.nextInt(2, 255)
            : "10.20." + random.nextInt(10, 60) + "." + random.nextInt(2, 255);
        break;
      default:
        localIp = "10.20." + random.nextInt(10, 60) + "." + random.nextInt(2, 255);
    }
    String id = hex(random, 40);
    Account user = userAccount(random);
    ProcessInstance[] processes = new ProcessInstance[ProcessImage.ALL.size()];
    long boot = bootSecond - random.nextInt(86400 * 6);
    TimestampText time = new TimestampText();
    processes[0] = new ProcessInstance(ProcessImage.SYSTEM_PROCESS, 4, "", time.toString(boot, random.nextInt(10_000_000)),
        0, null, Account.SYSTEM, 999, -1);
    List<ProcessImage> images = new ArrayList<>(List.of(ALWAYS));
    if (kind == Kind.WORKSTATION || kind == Kind.LAPTOP) {
      for (ProcessImage image : DESKTOP) {
        if (image.ordinal() <= 7 || random.nextInt(3) == 0) {
          images.add(image);
        }
      }
    } else {
      images.add(ProcessImage.named(kind == Kind.DOMAIN_CONTROLLER ? "dns.exe" : "w3wp.exe"));
      images.add(ProcessImage.named("sqlservr.exe"));
      images.add(ProcessImage.named("powershell.exe"));
      images.add(ProcessImage.named("explorer.exe"));
    }
    long logonId = 0x3E7 + random.nextInt(1, 1 << 24);
    for (ProcessImage image : images) {
      long started = boot + 30 + random.nextInt(86400);
      long pid = 4 * random.nextInt(100, 5000);
      Account account = account(image.runAs(), user);
      boolean service = account.builtIn();
      processes[image.ordinal()] = new ProcessInstance(image, pid, pick(random, image.commandLines()),
          time.toString(started, random.nextInt(10_000_000)), 4L * random.nextInt(1, (int) (pid / 4)),
          time.toString(started - random.nextInt(1, 600), random.nextInt(10_000_000)), account,
          service ? 999 : logonId, service ? -1 : random.nextInt(1, 3));
    }
    long reportBase = random.nextInt(4) == 0 ? 4294967296L + random.nextInt(1 << 30) : random.nextInt(1, 1 << 26);
    return new Device(name, id, localIp, kind, user, processes, new long[] {reportBase});
  }

  private static Account account(RunAs runAs, Account user) {
    switch (runAs) {
      case SYSTEM:
        return Account.SYSTEM;
      case LOCAL_SERVICE:
        return Account.LOCAL_SERVICE;
      case NETWORK_SERVICE:
        return Account.NETWORK_SERVICE;
      default:
        return user;
    }
  }

  private static Account userAccount(SplittableRandom random) {
    String name = pick(random, GIVEN) + pick(random, FAMILY) + (random.nextInt(4) == 0 ? random.nextInt(2, 9) : "");
    int rid = random.nextInt(1100, 20000);
    String objectId = hex(random, 8) + "-" + hex(random, 4) + "-4" + hex(random, 3) + "-9" + hex(random, 3) + "-"
        + hex(random, 12);
    return new Account("contoso", name, DOMAIN_SID + "-" + rid, name + "@contoso.com", objectId, "Medium",
        "TokenElevationTypeLimited");
  }

  static String hex(SplittableRandom random, int digits) {
    char[] text = new char[digits];
    for (int i = 0; i < digits; i++) {
      text[i] = Character.forDigit(random.nextInt(16), 16);
    }
    return new String(text);
  }

  static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static ProcessImage[] images(String... names) {
    ProcessImage[] images = new ProcessImage[names.length];
    for (int i = 0; i < names.length; i++) {
      images[i] = ProcessImage.named(names[i]);
    }
    return images;
  }
}
