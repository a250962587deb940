package nl.saldo.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The words of the report in one language (texts_nl.properties, texts_en.properties) and the number
 * formats that go with it: Dutch 1.234 and 0,13%, English 1,234 and 0.13%.
 */
public final class Texts {
  private static final Pattern NEGATIVE_ZERO = Pattern.compile("-0[.,]0+");
  private final String lang;
  private final Properties words;

  private Texts(String lang, Properties words) {
    this.lang = lang;
    this.words = words;
  }

  public static Texts of(String lang) {
    if (!"nl".equals(lang) && !"en".equals(lang)) {
      throw new ReportException("language '" + lang + "' is not supported, expected nl or en");
    }
    Properties words = new Properties();
    String resource = "texts_" + lang + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
    return new Texts(lang, words);
  }

  public String lang() {
    return lang;
  }

  /** The text for a key, with {0}, {1}, … replaced by the arguments as given. */
  public String get(String key, Object... args) {
    String text = words.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("no text '" + key + "' for language " + lang);
    }
    for (int i = 0; i < args.length; i++) {
      text = text.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return text;
  }

  public boolean has(String key) {
    return words.containsKey(key);
  }

  /** Every text, for the browser (sorted, so the report is reproducible). */
  public Map<String, String> all() {
    Map<String, String> all = new TreeMap<>();
    words.stringPropertyNames().forEach(key -> all.put(key, words.getProperty(key)));
    return all;
  }

  /** A count with thousands separators: 5.990 (nl), 5,990 (en). */
  public String count(long value) {
    String digits = String.format(Locale.ROOT, "%,d", Math.abs(value));
    if ("nl".equals(lang)) {
      digits = digits.replace(',', '.');
    }
    return (value < 0 ? "-" : "") + digits;
  }

  /** A count with its sign: +410, -6.480. */
  public String signedCount(long value) {
    return (value > 0 ? "+" : "") + count(value);
  }

  /** A number with the given decimals, without % sign: 0,13 (nl), 0.13 (en). */
  public String decimal(double value, int decimals) {
    String text = String.format(Locale.ROOT, "%,." + decimals + "f", value);
    if ("nl".equals(lang)) {
      text = text.replace(',', '\u0000').replace('.', ',').replace('\u0000', '.');
    }
    return text.equals("-0") || NEGATIVE_ZERO.matcher(text).matches() ? text.substring(1) : text;
  }

  /** A percentage: 0,13% (nl), 0.13% (en). */
  public String percent(double value, int decimals) {
    return decimal(value, decimals) + "%";
  }
}
