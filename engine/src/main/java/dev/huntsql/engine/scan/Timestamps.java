package dev.huntsql.engine.scan;

/**
 * Parses the ISO-8601 UTC timestamps Defender writes ({@code 2023-10-18T14:37:28.2012261Z}) to
 * epoch milliseconds, without allocating: fractions of up to 9 digits are read and truncated to
 * milliseconds; an offset ({@code +02:00}) is applied; no zone means UTC.
 */
public final class Timestamps {
  private Timestamps() {}

  /** Epoch milliseconds, or null when the text is not such a timestamp. */
  public static Long parseMillis(String text) {
    int n = text.length();
    if (n < 10) {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = text.charAt(4) == '-' ? digits(text, 5, 2) : -1;
    int day = text.charAt(7) == '-' ? digits(text, 8, 2) : -1;
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return null;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millis = 0;
    int i = 10;
    if (i < n && (text.charAt(i) == 'T' || text.charAt(i) == ' ')) {
      if (n < i + 6 || text.charAt(i + 3) != ':') {
        return null;
      }
      hour = digits(text, i + 1, 2);
      minute = digits(text, i + 4, 2);
      i += 6;
      if (i < n && text.charAt(i) == ':') {
        second = digits(text, i + 1, 2);
        i += 3;
      }
      if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) {
        return null;
      }
      if (i < n && text.charAt(i) == '.') {
        i++;
        int start = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
          if (i - start < 3) {
            millis = millis * 10 + (text.charAt(i) - '0');
          }
          i++;
        }
        if (i == start) {
          return null;
        }
        for (int d = i - start; d < 3; d++) {
          millis *= 10;
        }
      }
    }
    long offsetMinutes = 0;
    if (i < n) {
      char zone = text.charAt(i);
      if ((zone == 'Z' || zone == 'z') && i + 1 == n) {
        offsetMinutes = 0;
      } else if ((zone == '+' || zone == '-') && (n == i + 6 || n == i + 5 || n == i + 3)) {
        int offHour = digits(text, i + 1, 2);
        int offMinute = n == i + 3 ? 0 : digits(text, n - 2, 2);
        if (offHour < 0 || offMinute < 0) {
          return null;
        }
        offsetMinutes = (zone == '+' ? 1 : -1) * (offHour * 60L + offMinute);
      } else {
        return null;
      }
    }
    long days = daysFromEpoch(year, month, day);
    return ((days * 24 + hour) * 60 + minute - offsetMinutes) * 60_000L + second * 1000L + millis;
  }

  private static int digits(String text, int start, int count) {
    if (start + count > text.length()) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return leap ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil algorithm). */
  private static long daysFromEpoch(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097L + dayOfEra - 719468;
  }
}
