package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** ask-detail: which of the customer's details a line asks for, in every language and its Latin-letter form. */
public class AskDetailDetectionTest extends JUnitSuite {

  private static void asks(DetectionAssertions lang, List<String> details, String... texts) {
    for (String text : texts) {
      List<String> found = lang.detect(text).stream().filter(d -> d.act() == Act.ASK_DETAIL).map(Detection::detail)
          .distinct().toList();
      assertEquals("details asked in \"" + text + "\" " + DetectionAssertions.describe(lang.detect(text)), details,
          found);
    }
  }

  @Test
  public void englishAsksForEachDetail() {
    DetectionAssertions en = new DetectionAssertions("en", "Sam", "Acme Electronics");
    asks(en, List.of("name"), "Could I have your full name, please?", "Who am I speaking with?",
        "may i take your name", "And who's calling?");
    asks(en, List.of("phone"), "What's the best number to reach you on?", "Can I get a contact number?",
        "could u give me ur phone no", "What is your mobile?");
    asks(en, List.of("address"), "And your postal address?", "Where do you live?", "What's your home address please");
    asks(en, List.of("email"), "What is your email address?", "Which email should we use?");
    asks(en, List.of("reference"), "Do you have the order number handy?", "What's your booking reference?");
    asks(en, List.of("name", "phone", "address"),
        "Could I have your name, your phone number and your address, please?");
    asks(en, List.of("phone", "address"), "Could I have your phone number and address?");
    asks(en, List.of(), "Thank you for calling Acme Electronics, this is Sam. How can I help you?",
        "I'll email you the details today.", "Your order is on its way.");
  }

  @Test
  public void urduAsksInScriptAndRomanUrdu() {
    DetectionAssertions ur = new DetectionAssertions("ur", "علی", "اسٹار الیکٹرانکس");
    asks(ur, List.of("name"), "آپ کا پورا نام کیا ہے؟", "میں کس سے بات کر رہا ہوں؟", "aap ka naam kya hai?",
        "apna poora naam bata dein");
    asks(ur, List.of("phone"), "آپ کا موبائل نمبر کیا ہے؟", "رابطہ نمبر بتا دیں", "aap ka number kya hai",
        "apna phone number likhwa dein");
    asks(ur, List.of("address"), "آپ کا مکمل پتہ کیا ہے؟", "ghar ka pata bata dein", "aap ka address kya hai");
    asks(ur, List.of("email"), "آپ کا ای میل کیا ہے؟", "apna email bata dein");
    asks(ur, List.of("name", "phone"), "آپ کا نام اور فون نمبر بتا دیں", "aap ka naam aur phone number?");
  }

  @Test
  public void hindiAsksInDevanagariAndHinglish() {
    DetectionAssertions hi = new DetectionAssertions("hi", "रवि", "भारत गैस");
    asks(hi, List.of("name"), "आपका शुभ नाम क्या है?", "मैं किससे बात कर रहा हूं?", "aapka naam kya hai?",
        "apna pura naam bataiye");
    asks(hi, List.of("phone"), "आपका मोबाइल नंबर क्या है?", "contact number bata dijiye", "aapka number kya hai?");
    asks(hi, List.of("address"), "आपका पूरा पता क्या है?", "aapka ghar ka pata kya hai", "delivery ka address");
    asks(hi, List.of("email"), "आपका ईमेल क्या है?", "email id bata dijiye");
    asks(hi, List.of("phone", "address"), "आपका फोन नंबर और पता बताइए", "aapka phone number aur pata?");
  }

  @Test
  public void greekAsksInGreekAndGreeklish() {
    DetectionAssertions el = new DetectionAssertions("el", "Νίκος", "ΔΕΗ");
    asks(el, List.of("name"), "Μπορώ να έχω το ονοματεπώνυμό σας;", "Πώς σας λένε;", "Me poion milao?",
        "to onoma sas parakalw");
    asks(el, List.of("phone"), "Ποιο είναι το τηλέφωνό σας;", "Ένα τηλέφωνο επικοινωνίας;", "to kinito sas?");
    asks(el, List.of("address"), "Ποια είναι η διεύθυνσή σας;", "Πού μένετε;", "pou menete?");
    asks(el, List.of("email"), "Το email σας παρακαλώ;", "to mail sas?");
    asks(el, List.of("name", "phone"), "Το ονοματεπώνυμό σας και το τηλέφωνό σας;");
  }

  @Test
  public void everyLanguageSaysEachAnswerOnce() {
    for (String lang : List.of("en", "ur", "hi", "el")) {
      Lexicon.DetailPhrases d = servicesim.policy.Repo.lexicons().require(lang).lexicon().details();
      for (String detail : List.of("name", "phone", "address", "email", "other", "unknown", "preference")) {
        assertEquals(lang + " answers " + detail, true, d.answers().containsKey(detail));
      }
      assertEquals(true, d.answer("phone", "+1 555 0100").contains("+1 555 0100"));
    }
  }
}
