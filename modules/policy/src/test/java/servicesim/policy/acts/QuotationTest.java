package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

/** What a text holds in quotation marks: words reported, not said. */
public class QuotationTest extends JUnitSuite {

  private static String quoted(Quotation q, String text) {
    return String.join("|", q.spans(text).stream().map(s -> text.substring(s[0], s[1])).toList());
  }

  @Test
  public void quotationMarksOfEveryKindEncloseWhatIsReported() {
    Quotation q = Quotation.DEFAULT;
    assertEquals("aap log samajhte nahi", quoted(q, "counter pe bola gaya 'aap log samajhte nahi' — galat tha"));
    assertEquals("ये आपकी समस्या है", quoted(q, "उन्होंने कहा “ये आपकी समस्या है” — माफ़ी चाहते हैं"));
    assertEquals("δεν είναι δουλειά μου|URGENT", quoted(q, "Σας είπε «δεν είναι δουλειά μου»; Το \"URGENT\" δεν βοηθά."));
  }

  @Test
  public void apostrophesInsideWordsQuoteNothing() {
    assertEquals("", quoted(Quotation.DEFAULT, "I don't know, ma'am, we're checking."));
    assertEquals("", quoted(Quotation.DEFAULT, "an opening ' with no word after it, and a 'half quote"));
  }

  @Test
  public void aLanguageMayLeaveApostrophesOut() {
    Quotation greek = new Quotation(List.of("«»", "“”\"", "\"\"”"));
    String text = "Ναι, το 'πατε, το 'γραψα, μην το ξαναλέτε απ' την αρχή.";
    assertFalse(Quotation.DEFAULT.spans(text).isEmpty());
    assertEquals("", quoted(greek, text));
    String said = "Είπε «όχι τώρα» και έφυγε";
    assertTrue(greek.reaches(said, said.indexOf("όχι"), said.indexOf("»")));
    assertFalse(greek.reaches(said, said.indexOf("και"), said.length()));
  }

  @Test
  public void wordsThatReadOnIntoAQuotationReachIt() {
    String said = "نمائندے نے آپ سے کہا 'یہ آپ کا مسئلہ ہے، ہمارا نہیں'، ہم معذرت خواہ ہیں";
    assertTrue(Quotation.DEFAULT.reaches(said, said.indexOf("آپ"), said.indexOf("نہیں") + 4));
    assertFalse(Quotation.DEFAULT.reaches(said, said.indexOf("ہم معذرت"), said.length()));
    String scare = "Sir aap ke 'urgent' to har hafte aate hain.";
    assertFalse(Quotation.DEFAULT.reaches(scare, 0, scare.length()));
    assertTrue(Quotation.DEFAULT.reaches(scare, scare.indexOf("urgent"), scare.indexOf("urgent") + 6));
  }
}
