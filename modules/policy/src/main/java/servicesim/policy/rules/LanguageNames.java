package servicesim.policy.rules;

import java.util.Locale;

/** English names of languages for explanations ("no spelling and grammar checker for Urdu"). */
final class LanguageNames {

  private LanguageNames() {}

  static String of(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }
}
