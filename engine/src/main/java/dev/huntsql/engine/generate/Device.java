package dev.huntsql.engine.generate;

/**
 * A device of the generated fleet.
 *
 * @param processes its running processes, indexed by {@link ProcessImage#ordinal()}, null where absent
 */
record Device(String name, String id, String localIp, Kind kind, Account user, ProcessInstance[] processes,
    long[] reportId) {
  /** What a device is for, which decides its traffic. */
  enum Kind { WORKSTATION, LAPTOP, SERVER, EDGE_SERVER, DOMAIN_CONTROLLER }

  /** The running instance of an image, or the System process when the device has none. */
  ProcessInstance process(ProcessImage image) {
    ProcessInstance instance = processes[image.ordinal()];
    return instance != null ? instance : processes[0];
  }

  boolean server() {
    return kind == Kind.SERVER || kind == Kind.EDGE_SERVER || kind == Kind.DOMAIN_CONTROLLER;
  }

  /** The next ReportId: a per-device counter, as Defender's are. */
  long nextReportId() {
    return reportId[0]++;
  }
}
