package dev.huntsql.engine.generate;

/**
 * The account a process runs as, with the columns Defender reports for it.
 *
 * @param upn the user principal name, or null for built-in accounts
 * @param objectId the Entra ID object id, or null for built-in accounts
 */
record Account(String domain, String name, String sid, String upn, String objectId,
    String integrityLevel, String tokenElevation) {
  static final Account SYSTEM =
      new Account("nt authority", "system", "S-1-5-18", null, null, "System", "TokenElevationTypeDefault");
  static final Account LOCAL_SERVICE =
      new Account("nt authority", "local service", "S-1-5-19", null, null, "System", "TokenElevationTypeDefault");
  static final Account NETWORK_SERVICE =
      new Account("nt authority", "network service", "S-1-5-20", null, null, "System", "TokenElevationTypeDefault");

  boolean builtIn() {
    return upn == null;
  }
}
