package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Repo;

public class HindiDetectionTest extends JUnitSuite {

  private final DetectionAssertions hi = new DetectionAssertions("hi", "राहुल", "भारत टेलीकॉम");

  private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

  @Test
  public void englishNamesAreFoundAsTheySoundInDevanagari() {
    new DetectionAssertions("hi", "Ravi", "Ufone").finds(Act.ORG_NAME, "यूफ़ोन में आपका स्वागत है");
    new DetectionAssertions("hi", "Ravi", "PhonePe").finds(Act.ORG_NAME, "फोनपे सपोर्ट से रवि बात कर रहा हूँ");
  }

  @Test
  public void aNameOfOneConsonantIsNotEveryLittleWordWithIt() {
    DetectionAssertions jio = new DetectionAssertions("hi", "Ravi", "Jio");
    jio.finds(Act.ORG_NAME, "जियो में आपका स्वागत है", "जिओ से रवि बात कर रहा हूँ");
    jio.doesNotFind(Act.ORG_NAME, "जी सर, बताइए", "जो भी दिक्कत हो, बताइए", "इंस्टॉलेशन हो जाए तो बता दीजिएगा");
  }

  @Test
  public void lexiconDefinesEveryActAndTheCustomerLines() {
    Lexicon lexicon = Repo.lexicons().require("hi").lexicon();
    assertEquals("hi", lexicon.language());
    assertEquals(Lexicon.Direction.LTR, lexicon.direction());
    for (Act act : Act.values()) {
      if (act.fromLexicon()) assertFalse("no phrases for " + act.id(), lexicon.phrases(act).isEmpty());
    }
    for (String kind : Lexicon.CUSTOMER_LINES) {
      assertTrue("fewer than 2 customer lines for " + kind, lexicon.customerLines(kind).size() >= 2);
    }
  }

  @Test
  public void aHindiExceptionAlsoCancelsWhatTheEnglishReadingFinds() {
    // "12 January" is a date to the English lexicon; "... ko nirdharit hai" says it is a booking already made
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Aapka slot 12 January ko nirdharit hai ji.");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Ye voucher 15 March tak valid hai.");
    hi.finds(Act.CONCRETE_TIMELINE, "Voucher 15 March tak bhej denge.");
  }

  @Test
  public void aPhoneNumberIsNoCountAndAnEnglishDeadlineIsEnglishToJudge() {
    // a phone number is no count of hours, and "h" after it is "hai"
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "billing ka no. 011-41414141 h, wahi batayenge.");
    hi.finds(Act.CONCRETE_TIMELINE, "Refund 5-7 din mein aa jayega.", "Technician 2-3 h mein pahunch jayega.");
    // what the English reading finds is English's to judge, not the Hindi classifier's
    hi.finds(Act.CONCRETE_TIMELINE,
        "Really sorry about this, sir — extra charge genuinely hamari taraf se galti hai, I'll get it reversed by tomorrow evening.");
  }

  @Test
  public void policyExamplesAreDetected() {
    hi.finds(Act.OWN_NAME, "नमस्ते, मैं राहुल बोल रहा हूँ।");
    hi.finds(Act.ORG_NAME, "भारत टेलीकॉम को कॉल करने के लिए धन्यवाद।");
    hi.finds(Act.OFFER_HELP, "मैं आज आपकी कैसे मदद कर सकता हूँ?");
    hi.finds(Act.APOLOGY, "परेशानी के लिए मुझे बहुत खेद है।");
    hi.finds(Act.CONFIRM_UNDERSTANDING, "बस पुष्टि करने के लिए, आप एक नई यूनिट और रिफंड दोनों चाहते हैं, सही?");
    hi.finds(Act.ACCEPT_RESPONSIBILITY, "यह हमारी गलती है — वेबसाइट पर इसकी जानकारी गलत दी गई थी।");
    hi.finds(Act.ASK_PREFERENCE, "आप इसे किस तरह ठीक करवाना चाहेंगे?");
    hi.finds(Act.CHECK_SATISFACTION, "क्या आप इस समाधान से संतुष्ट हैं?");
    hi.finds(Act.ANYTHING_ELSE, "क्या कोई और चीज़ है जिसमें मैं आपकी मदद कर सकूँ?");
    hi.finds(Act.POLICY_AS_WEAPON, "मुझे खेद है कि मैं और नहीं कर सकता, लेकिन यह कंपनी नीति है।");
    hi.finds(Act.DISCOURTESY, "शांत हो जाइए।", "यह मेरी समस्या नहीं है।");
    hi.finds(Act.VAGUE_PROMISE, "हम इसे देख लेंगे और जल्द ही आपसे संपर्क करेंगे।");
    hi.finds(Act.CONCRETE_TIMELINE, "आपको शुक्रवार दोपहर 12 बजे तक रिफंड मिल जाएगा।", "3 कार्यदिवसों के अंदर");
    hi.finds(Act.ESCALATION, "मैं अपने सुपरवाइज़र को बुला लेता हूँ।");
  }

  @Test
  public void ownNameAndOrganisationName() {
    hi.finds(Act.OWN_NAME, "मैं राहुल बोल रहा हूँ", "मेरा नाम राहुल है, बताइए क्या सेवा करूँ?",
        "जी नमस्कार, राहुल बात कर रहा हूं भारत टेलीकॉम से।");
    hi.finds(Act.ORG_NAME, "भारत टेलीकॉम में आपका स्वागत है।", "मैं भारत टेलीकॉम की ओर से बोल रही हूँ।",
        "भारत टेलिकॉम ग्राहक सेवा, नमस्ते!");
    hi.doesNotFind(Act.OWN_NAME, "मैं रोहित बोल रहा हूँ।");
    hi.doesNotFind(Act.ORG_NAME, "भारत संचार निगम में आपका स्वागत है।");
  }

  @Test
  public void offerHelp() {
    hi.finds(Act.OFFER_HELP, "जी बताइए, आपकी क्या सेवा कर सकती हूँ?", "हम आपकी किस प्रकार सहायता कर सकते हैं?",
        "आपकी मदद करके मुझे बहुत ख़ुशी होगी।", "मैं आपकी सहायता के लिए यहाँ हूँ।",
        "बताइए, मैं आपके लिए क्या कर सकता हूँ?", "कहिए, किस तरह मदद करूँ?");
    hi.doesNotFind(Act.OFFER_HELP, "मैं इसमें आपकी मदद नहीं कर सकता।", "क्या मैं आपकी कोई और मदद कर सकता हूँ?",
        "ग्राहक सेवा के लिए 1800 पर कॉल करें।");
  }

  @Test
  public void apology() {
    hi.finds(Act.APOLOGY, "माफ़ कीजिये, आपको इंतज़ार करना पड़ा।", "हम आपसे हाथ जोड़कर माफ़ी चाहते हैं।",
        "सॉरी सर, ऐसा दोबारा नहीं होगा।", "मुझे यह जानकर बहुत दुःख हुआ।", "हम इसके लिए क्षमाप्रार्थी हैं।",
        "कृपया हमें क्षमा करें।", "असुविधा के लिए हमें गहरा अफ़सोस है।", "ऐसा बिल्कुल नहीं होना चाहिए था।");
    hi.doesNotFind(Act.APOLOGY, "मैं माफ़ी नहीं मांगूंगा।", "मुझे कोई अफ़सोस नहीं है।",
        "माफ़ी मांगने की कोई ज़रूरत नहीं है।", "हम आपकी लेट फीस माफ कर देंगे।",
        "सॉरी, लेकिन यह कंपनी की पॉलिसी है।", "मैं क्यों माफ़ी मांगूं?");
  }

  @Test
  public void confirmUnderstanding() {
    hi.finds(Act.CONFIRM_UNDERSTANDING, "तो आप चाहते हैं कि हम पूरा पैसा लौटा दें?",
        "अगर मैं सही समझा, तो आपका फ़ोन दो दिन से बंद है?", "यानी आपका ऑर्डर अब तक नहीं पहुँचा, है ना?",
        "मैं एक बार कन्फर्म कर लेती हूँ, आपका प्लान 499 वाला है।", "आपकी शिकायत यह है कि बिल दो बार कटा।",
        "आपका मतलब है कि सिम काम नहीं कर रहा?", "मैं दोहरा देता हूँ: आपको नया सिम कार्ड चाहिए।");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "आपका ऑर्डर कन्फर्म हो गया है।", "आपका नया कार्ड भेज दिया गया है।");
  }

  @Test
  public void acceptResponsibility() {
    hi.finds(Act.ACCEPT_RESPONSIBILITY, "गलती पूरी तरह हमारी तरफ़ से हुई है।", "हमसे बड़ी भूल हो गई।",
        "हमारे स्टाफ की लापरवाही से ऐसा हुआ।", "हम इसकी पूरी ज़िम्मेदारी लेते हैं।", "हमें आपको पहले ही सूचित करना चाहिए था।");
    // clearing the customer admits no fault of ours
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "इसमें आपकी कोई गलती नहीं है।", "आपने कुछ भी गलत नहीं किया।");
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "इसमें हमारी कोई गलती नहीं है।", "हम इसके लिए ज़िम्मेदार नहीं हैं।",
        "गलती बिल्कुल भी हमारी नहीं है।", "मैं आपको इसके लिए ज़िम्मेदार नहीं ठहरा रहा।");
  }

  @Test
  public void askPreference() {
    hi.finds(Act.ASK_PREFERENCE, "आप रिफंड लेना चाहेंगे या नया प्रोडक्ट?", "आपके लिए कौन सा विकल्प बेहतर रहेगा?",
        "आप क्या पसंद करेंगी, रिप्लेसमेंट या रिफंड?", "आपको रिफंड चाहिए या एक्सचेंज?",
        "टेक्नीशियन भेजने के लिए आपको कब सुविधाजनक रहेगा?", "आप ही बताइए, हम इसे कैसे ठीक करें?");
    hi.doesNotFind(Act.ASK_PREFERENCE, "आपका रिफंड कल तक आ जाएगा।");
  }

  @Test
  public void checkSatisfaction() {
    hi.finds(Act.CHECK_SATISFACTION, "क्या यह आपके लिए ठीक रहेगा?", "क्या आपकी समस्या हल हो गई?",
        "क्या अब आपका इंटरनेट ठीक से चल रहा है?", "क्या आप इससे खुश हैं?", "यह समाधान आपको कैसा लगा?",
        "क्या इससे आपको मदद मिली?", "क्या सब कुछ ठीक है अब?");
    hi.doesNotFind(Act.CHECK_SATISFACTION, "क्या आपका राउटर ठीक से काम कर रहा है?",
        "क्या समस्या है? बताइए, मैं ठीक करवा दूंगा।");
  }

  @Test
  public void anythingElse() {
    hi.finds(Act.ANYTHING_ELSE, "क्या मैं आपकी और कोई सहायता कर सकता हूँ?", "क्या कुछ और है जिसमें मैं आपकी मदद कर सकूँ?",
        "कोई और सवाल हो तो ज़रूर पूछिए।", "इसके अलावा कुछ और?", "क्या और भी कोई दिक्कत है?");
    hi.doesNotFind(Act.ANYTHING_ELSE, "मैं और कुछ नहीं कर सकता।", "मुझे कुछ और समय दीजिए।",
        "इसके अलावा हम आपको कुछ कूपन भी देंगे।", "और कोई रास्ता नहीं है।");
  }

  @Test
  public void policyAsWeapon() {
    hi.finds(Act.POLICY_AS_WEAPON, "सॉरी, यह कंपनी की पॉलिसी है।", "नियमों के अनुसार हम यह नहीं कर सकते।",
        "पॉलिसी इसकी इजाज़त नहीं देती।", "मेरे हाथ बंधे हुए हैं।", "नियम तो नियम हैं।",
        "मैं इससे ज़्यादा कुछ नहीं कर सकती।", "ये नियमों के खिलाफ है।", "कंपनी पॉलिसी की वजह से हम रिफंड नहीं दे सकते।",
        "यह हमारे बस में नहीं है।");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "कंपनी पॉलिसी के अनुसार आपको 7 दिनों में पूरा रिफंड मिलेगा।",
        "हमारी नीति है कि हर ग्राहक को पूरा रिफंड मिले।", "अकाउंट लॉक है और आप लॉगिन नहीं कर सकते।",
        "मैं आपकी मदद के लिए कुछ भी कर सकता हूँ।");
  }

  @Test
  public void discourtesy() {
    hi.finds(Act.DISCOURTESY, "आप चुप रहिए।", "चिल्लाइए मत।", "ये मेरा काम नहीं है।", "ये तो आपकी अपनी समस्या है।",
        "मेरी समझ में आपकी गलती है।", "आपको शर्तें पढ़नी चाहिए थीं।", "आपने ही फ़ोन गिराया होगा।",
        "आप समझ नहीं रहे हैं।", "कितनी बार बताऊँ आपको?", "मुझे कोई फ़र्क नहीं पड़ता।", "जल्दी बोलो, टाइम नहीं है।",
        "तमीज़ से बात कीजिए।", "मेरा इससे कोई लेना-देना नहीं है।");
    hi.doesNotFind(Act.DISCOURTESY, "इसमें आपकी कोई गलती नहीं है।", "गलती आपकी नहीं, हमारी है।",
        "मैं आपकी समस्या समझता हूँ।", "हमें आपको पहले बताना चाहिए था।",
        "आपकी वजह से हमें सुधार का मौका मिला, धन्यवाद।", "आपको यह रिफंड पहले ही मिल जाना चाहिए था।");
  }

  @Test
  public void vaguePromise() {
    hi.finds(Act.VAGUE_PROMISE, "इस मामले की जाँच की जाएगी।", "हम इस पर गौर करेंगे।", "कोई आपसे संपर्क करेगा।",
        "हमारी टीम जल्द ही आपको कॉल करेगी।", "हम पूरी कोशिश करेंगे।", "मैं बाद में कॉल करता हूँ।",
        "हम इस पर काम कर रहे हैं।", "देखते हैं क्या किया जा सकता है।", "हम आपको सूचित कर देंगे।",
        "आपकी समस्या कुछ दिनों में हल हो जाएगी।");
    hi.doesNotFind(Act.VAGUE_PROMISE, "क्या आप मुझे अपना नंबर बताएंगे?", "आप स्क्रीन पर क्या देख रहे हैं?",
        "मैं बाद में नहीं, अभी करूँगा।", "आप दोबारा कोशिश करेंगे?", "मैं देखता हूँ।");
  }

  @Test
  public void concreteTimeline() {
    hi.finds(Act.CONCRETE_TIMELINE, "आपका रिफंड 3 कार्यदिवसों में आ जाएगा।", "२४ घंटे के अंदर टेक्नीशियन आएगा।",
        "सोमवार को आपको कॉल करेंगे।", "परसों तक डिलीवरी हो जाएगी।", "आज शाम साढ़े पाँच बजे मैं आपको फ़ोन करूँगा।",
        "अगले हफ्ते तक नया कार्ड मिल जाएगा।", "15 मार्च तक बिल ठीक हो जाएगा।", "दो-तीन दिन में सब ठीक हो जाएगा।",
        "आधे घंटे में आपको कॉल बैक मिलेगा।", "आज ही आपका रिफंड प्रोसेस कर दिया जाएगा।");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "आज मैं आपकी क्या मदद कर सकता हूँ?", "कल आपने कॉल किया था।",
        "आप 3 दिन से इंतज़ार कर रहे हैं, मैं समझता हूँ।", "हम जल्द ही ठीक कर देंगे।",
        "पिछले सोमवार को आपका बिल आया था।", "आपकी समस्या कुछ दिनों में हल हो जाएगी।", "2 दिन पहले आपने शिकायत की थी।");
  }

  @Test
  public void escalation() {
    hi.finds(Act.ESCALATION, "मैं आपकी बात मैनेजर से करवाता हूँ।", "मैं यह मामला सीनियर टीम को फॉरवर्ड कर रहा हूँ।",
        "मेरे मैनेजर आपसे बात करेंगे।", "मैं इसे एस्केलेट कर रही हूँ।", "आपकी शिकायत उच्च अधिकारियों तक पहुँचा दी गई है।",
        "एक मिनट, मैं अपने सुपरवाईजर से पूछकर बताती हूँ।");
    hi.doesNotFind(Act.ESCALATION, "मैनेजर अभी छुट्टी पर हैं।", "सीनियर सिटीजन को छूट मिलती है।");
  }

  @Test
  public void nextStep() {
    hi.finds(Act.NEXT_STEP, "आपको एक ईमेल मिलेगा जिसमें ट्रैकिंग नंबर होगा।", "कृपया बिल की फोटो हमें भेज दीजिए।",
        "आपको बस फॉर्म भरना होगा।", "हमारा कूरियर कल आकर पुराना फ़ोन ले जाएगा।", "आपका शिकायत नंबर 4521 है।",
        "हम आपके खाते में पैसे वापस कर देंगे।");
    hi.doesNotFind(Act.NEXT_STEP, "हम रिफंड नहीं करेंगे।", "आपको यह रिफंड नहीं मिलेगा।");
  }

  @Test
  public void takeDetails() {
    hi.finds(Act.TAKE_DETAILS, "क्या मैं आपका नाम जान सकता हूँ?", "अपना मोबाइल नंबर बता दीजिए।",
        "आपको किस नंबर पर कॉल करें?", "मैं आपकी डिटेल्स नोट कर लेता हूँ।", "आपका शुभ नाम?",
        "कृपया अपना पूरा पता बताइए।");
    hi.doesNotFind(Act.TAKE_DETAILS, "आपका ऑर्डर नंबर क्या है?", "आपका फोन क्या खराब हो गया?",
        "आपके ईमेल पर लिंक भेज दिया है।");
  }

  @Test
  public void responsibilityForOneOfOurPeopleIsAccepted() {
    hi.finds(Act.ACCEPT_RESPONSIBILITY, "यह हमारे मिस्त्री की गलती है, उन्होंने वाल्व ठीक से कसा नहीं था।",
        "हमारे डिलीवरी वाले की भूल से ऐसा हुआ।", "यह हमारी पैकिंग टीम की लापरवाही थी।");
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "इसमें हमारे टेक्नीशियन की कोई गलती नहीं है।",
        "हमारे मिस्त्री की गलती बिल्कुल नहीं थी।");
  }

  @Test
  public void someoneOrOtherWillComeIsVague() {
    hi.finds(Act.VAGUE_PROMISE, "कोई न कोई आ जाएगा, आप चिंता मत कीजिए।", "किसी न किसी को भेज देंगे।");
    hi.doesNotFind(Act.VAGUE_PROMISE, "कोई न कोई रास्ता ज़रूर है।");
  }

  @Test
  public void escalationToAHeadWithTheirNameInBetween() {
    hi.finds(Act.ESCALATION, "मैंने इसे तुरंत हमारी लैब प्रमुख डॉ. अनुराधा सेठी को सौंप दिया है।",
        "मैं अपने शाखा प्रमुख को बुलाती हूँ।", "मैं आपकी बात मैनेजर शर्मा जी से करवाती हूँ।",
        "मैं आपकी फ़ाइल अपने स्टोर मैनेजर को सौंप रही हूँ।");
    hi.doesNotFind(Act.ESCALATION, "मैनेजर अभी छुट्टी पर हैं, आपको कल आना होगा।", "प्रमुख बात यह है कि बिल सही है।");
  }

  @Test
  public void preferenceAskedWithTheAlternativesAfterTheVerb() {
    hi.finds(Act.ASK_PREFERENCE, "आप सैंपल घर से दिलवाना चाहेंगे या लैब आकर?",
        "टेक्नीशियन की विज़िट के लिए आपको सुबह का समय ठीक रहेगा या शाम का?",
        "आपके लिए रिफंड बेहतर रहेगा अथवा एक्सचेंज?");
    hi.doesNotFind(Act.ASK_PREFERENCE, "क्या यह आपके लिए ठीक रहेगा या नहीं?", "आपका रिफंड कल तक आ जाएगा।");
  }

  @Test
  public void somebodyElseIsNotAnythingElse() {
    hi.finds(Act.ANYTHING_ELSE, "क्या किसी और चीज़ में मदद चाहिए?", "क्या मैं आपकी कोई और मदद कर सकती हूँ?");
    hi.doesNotFind(Act.ANYTHING_ELSE, "रिपोर्ट पर किसी और का नाम छपा है।", "क्या आपको किसी और से बात करनी है?",
        "क्रेडिट नोट से आप कोई और यात्रा कर सकते हैं।");
  }

  @Test
  public void blameAfterALongerGapButNotWhatSomeoneShouldHaveDone() {
    hi.finds(Act.DISCOURTESY, "आपको रिपोर्ट लेते समय ही ध्यान से देखनी चाहिए थी।",
        "आपको बुकिंग से पहले सारी शर्तें ध्यान से पढ़नी चाहिए थीं।");
    hi.doesNotFind(Act.DISCOURTESY, "आपको यह बात पहले ही बताई जानी चाहिए थी।", "आपको बताया जाना चाहिए था, माफ़ कीजिए।");
  }

  @Test
  public void refusalCitingTheRulesFurtherOn() {
    hi.finds(Act.POLICY_AS_WEAPON, "नियमों के अनुसार स्टोर से नाम ट्रांसफ़र नहीं हो सकता।",
        "कंपनी पॉलिसी के मुताबिक इस तरह के पुराने ऑर्डर पर हम रिफंड नहीं दे सकते।");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "कंपनी पॉलिसी के अनुसार आपको 7 दिनों में पूरा रिफंड मिलेगा।");
  }

  @Test
  public void yearsArePeriodsAndPastMorningsAreNoPromise() {
    hi.finds(Act.CONCRETE_TIMELINE, "क्रेडिट नोट अगले साल तक मान्य रहेगा।", "दो वर्ष के अंदर कभी भी यात्रा कीजिए।",
        "इसी हफ़्ते के अंदर मशीन ठीक हो जाएगी।", "आज सुबह 10 बजे टेक्नीशियन आएगा।");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "यह नंबर पंद्रह साल पुराना है।", "दो साल पहले आपने यह मशीन खरीदी थी।",
        "इस हफ़्ते की परेशानी के बदले हम वारंटी बढ़ा रहे हैं।", "हमारी गाड़ी का क्लच आज सुबह खराब हो गया।",
        "आज दोपहर आपका पार्सल डिलीवर हुआ था।");
    assertEquals(Instant.parse("2027-11-23T09:00:00Z"), deadline("अगले साल तक", MONDAY));
  }

  @Test
  public void spansPointIntoTheOriginalText() {
    // decomposed nukta (फ + ़): the span covers the characters as written, nukta included
    String text = "सर,  हम आपसे मा\u092B\u093Cी चाहते हैं।";
    assertEquals("मा\u092B\u093Cी", span(text, Act.APOLOGY));
    // visarga and Devanagari digits are normalised away, yet the span is the original text
    String promise = "जी,  हमें दुःख है। कल  शाम ५ बजे तक हो जाएगा।";
    assertEquals("दुःख है", span(promise, Act.APOLOGY));
    assertEquals("कल  शाम ५ बजे", span(promise, Act.CONCRETE_TIMELINE));
  }

  @Test
  public void spellingVariantsMatchTheSamePhrase() {
    // nukta: precomposed फ़ (U+095E), decomposed फ + ़, and no nukta at all
    samePhrase(Act.APOLOGY, "हम आपसे मा\u095Eी चाहते हैं।", "हम आपसे मा\u092B\u093Cी चाहते हैं।", "हम आपसे माफी चाहते हैं।");
    samePhrase(Act.DISCOURTESY, "ये आपकी \u095Aलती है।", "ये आपकी ग\u093Cलती है।", "ये आपकी गलती है।");
    // chandrabindu = anusvara, and long/short vowels typed either way
    samePhrase(Act.VAGUE_PROMISE, "मैं आपको सूचित करूँगा।", "मैं आपको सूचित करूंगा।", "मैं आपको सुचित करुंगा।");
    // half nasal letters = anusvara
    samePhrase(Act.VAGUE_PROMISE, "हम आपसे सम्पर्क करेंगे।", "हम आपसे संपर्क करेंगे।");
    samePhrase(Act.POLICY_AS_WEAPON, "यह कम्पनी की नीति है।", "यह कंपनी की नीति है।");
    // -ये / -ए endings
    samePhrase(Act.APOLOGY, "माफ़ कीजिये।", "माफ़ कीजिए।", "माफ कीजिए।");
    samePhrase(Act.NEXT_STEP, "कृपया रसीद भेज दीजिये।", "कृपया रसीद भेज दीजिए।");
    // ऑ / ओ in English loanwords, and ई / ि
    samePhrase(Act.APOLOGY, "सॉरी सर।", "सोरी सर।");
    samePhrase(Act.POLICY_AS_WEAPON, "यह कंपनी की पॉलिसी है।", "यह कंपनी की पोलिसी है।", "ये कंपनी की पालिसी है।");
    samePhrase(Act.ESCALATION, "मैं सुपरवाइज़र को बुलाता हूँ।", "मैं सुपरवाईजर को बुलाता हूँ।", "मैं सुपरवाइजर को बुलाता हूं।");
    // ृ typed as ्रि, and the common misspelling कृप्या
    samePhrase(Act.NEXT_STEP, "कृपया फोटो भेजें।", "क्रिपया फोटो भेजें।", "कृप्या फोटो भेजें।");
    // visarga, zero-width joiners
    samePhrase(Act.APOLOGY, "मुझे दुःख है।", "मुझे दुख है।");
    samePhrase(Act.APOLOGY, "क्षमा करें।", "क्\u200Dषमा करें।", "क्ष\u200Cमा करें।");
    // the organisation's name typed with a short i
    samePhrase(Act.ORG_NAME, "भारत टेलीकॉम में स्वागत है।", "भारत टेलिकॉम में स्वागत है।", "भारत टेलिकोम में स्वागत है।");
    // Devanagari and ASCII digits, and घण्टे / घंटे give the same deadline
    assertEquals(deadline("५ बजे तक", MONDAY), deadline("5 बजे तक", MONDAY));
    assertEquals(deadline("२४ घण्टे में", MONDAY), deadline("24 घंटे में", MONDAY));
  }

  @Test
  public void timelinesResolveToDeadlines() {
    // durations count from the message
    assertEquals(Instant.parse("2026-11-26T09:00:00Z"), deadline("आपका रिफंड 3 कार्यदिवसों में आ जाएगा", MONDAY));
    assertEquals(Instant.parse("2026-11-24T09:00:00Z"), deadline("२४ घंटे के अंदर", MONDAY));
    assertEquals(Instant.parse("2026-11-23T09:30:00Z"), deadline("आधे घंटे में कॉल बैक मिलेगा", MONDAY));
    assertEquals(Instant.parse("2026-11-30T09:00:00Z"), deadline("अगले हफ्ते तक", MONDAY));
    // weekdays, with or without a time (दोपहर / शाम move the hour to the afternoon)
    assertEquals(Instant.parse("2026-11-27T12:00:00Z"), deadline("शुक्रवार दोपहर 12 बजे तक", MONDAY));
    assertEquals(Instant.parse("2026-11-25T18:30:00Z"), deadline("बुधवार शाम को साढ़े 6 बजे", MONDAY));
    assertEquals(Instant.parse("2026-11-29T23:59:59Z"), deadline("रविवार तक", MONDAY));
    // tomorrow and the day after
    assertEquals(Instant.parse("2026-11-24T17:00:00Z"), deadline("कल शाम 5 बजे तक", MONDAY));
    assertEquals(Instant.parse("2026-11-24T10:00:00Z"), deadline("कल सुबह 10 बजे टेक्नीशियन आएगा", MONDAY));
    assertEquals(Instant.parse("2026-11-24T18:00:00Z"), deadline("कल शाम तक", MONDAY));
    assertEquals(Instant.parse("2026-11-25T23:59:59Z"), deadline("परसों तक", MONDAY));
    // clock times today
    assertEquals(Instant.parse("2026-11-23T15:00:00Z"), deadline("मैं आपको 3pm तक कॉल कर दूँगा", MONDAY));
    assertEquals(Instant.parse("2026-11-23T21:00:00Z"), deadline("आज रात 9 बजे तक", MONDAY));
    assertEquals(Instant.parse("2026-11-23T16:30:00Z"), deadline("आज शाम 4:30 बजे", MONDAY));
    assertEquals(Instant.parse("2026-11-23T23:59:00Z"), deadline("आज ही हो जाएगा", MONDAY));
    assertEquals(Instant.parse("2026-11-23T23:59:00Z"), deadline("आज रात 12 बजे तक", MONDAY));
    // dates
    assertEquals(Instant.parse("2027-03-15T23:59:59Z"), deadline("१५ मार्च तक", MONDAY));
  }

  @Test
  public void hinglishIsReadThroughTheSamePhrases() {
    hi.finds(Act.OFFER_HELP, "main aapki kya madad kar sakta hun", "main aapki kya madad kr skti hu?",
        "bataiye kya help chahiye");
    hi.finds(Act.APOLOGY, "maaf kijiye", "Aapko hui asuvidha ke liye hamein khed hai.");
    hi.finds(Act.CONCRETE_TIMELINE, "aapka refund 3-5 din mein aa jayega", "kal shaam 5 baje tak ho jayega");
    hi.finds(Act.CHECK_SATISFACTION, "kya aap is samadhan se santusht hain?");
    hi.finds(Act.ANYTHING_ELSE, "aur kuch madad chahiye?");
    hi.finds(Act.ESCALATION, "main apne supervisor se baat karwata hun", "ruko, senior ko call pe le rha hu");
    hi.finds(Act.POLICY_AS_WEAPON, "ye company ki policy hai, main kuch nahi kar sakta");
    hi.finds(Act.DISCOURTESY, "shant ho jaiye");
    // from is no farmaiye, box is no bakwas, senior is no Saturday, call is no kal
    hi.doesNotFind(Act.OFFER_HELP, "Hi, this is Karan from Flipkart.");
    hi.doesNotFind(Act.DISCOURTESY, "Aapke set-top box ka model number bata dijiye");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Mere senior Amit ji aapse baat karenge", "Technician aapko call kar lega");
  }

  @Test
  public void openingHoursEligibilityDelaysAndPlansAreNoTimelines() {
    hi.doesNotFind(Act.CONCRETE_TIMELINE,
        "आपका ऑर्डर 2 दिन लेट हो गया है",
        "हमारी ब्रांच सुबह 9 बजे से शाम 5 बजे तक खुली रहती है",
        "रविवार को ऑफिस बंद रहता है",
        "यह प्लान एक महीने का है",
        "refund sirf 7 din ke andar ho sakta hai",
        "Sunday ko branch band rehti hai");
    hi.finds(Act.CONCRETE_TIMELINE, "आपका रिफंड 3 दिन में आ जाएगा", "shukravar tak delivery ho jayegi",
        "सोमवार को आपका सामान पहुंच जाएगा");
  }

  @Test
  public void refusalsByRuleChoicesAndChecksInEitherScript() {
    hi.finds(Act.POLICY_AS_WEAPON, "Rules ke according hum exchange nahi kar sakte", "यह टिकट नॉन-रिफंडेबल है");
    hi.finds(Act.ASK_PREFERENCE, "aapko kya chahiye, naya phone ya paise wapas?", "रिफंड लेंगे या रिप्लेसमेंट?");
    hi.finds(Act.CHECK_SATISFACTION, "कोई समस्या तो नहीं?", "Kya isse aapki madad hui?");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Ek baar confirm kijiye, aapka registered mobile number kya hai?");
  }

  @Test
  public void aCodeMixedLineIsReadInHindiAndInEnglish() {
    String text = "sorry for the inconvenience, aapka refund 3-5 din mein aa jayega";
    hi.finds(Act.APOLOGY, text);
    hi.finds(Act.CONCRETE_TIMELINE, text);
    assertEquals(1, hi.detect(text).stream().filter(d -> d.act() == Act.APOLOGY).count());
  }

  @Test
  public void namesAreFoundWrittenInTheOtherScript() {
    DetectionAssertions latinNames = new DetectionAssertions("hi", "Ana", "Acme Electronics");
    latinNames.finds(Act.OWN_NAME, "मैं अना बोल रही हूँ");
    latinNames.finds(Act.ORG_NAME, "एक्मी इलेक्ट्रॉनिक्स में आपका स्वागत है");
    latinNames.doesNotFind(Act.OWN_NAME, "उन्होंने नया ऑर्डर दिया है", "आपका नंबर नोट कर लिया है");
    new DetectionAssertions("hi", "Neha", "Jio").finds(Act.OWN_NAME, "नमस्ते, जियो से नेहा।");
    new DetectionAssertions("hi", "Neha", "Jio").finds(Act.ORG_NAME, "Thank you for calling जियो");
    // configured in Devanagari, written in Latin letters
    hi.finds(Act.OWN_NAME, "Bharat Telecom se Rahul bol raha hun");
    hi.finds(Act.ORG_NAME, "Bharat Telecom se Rahul bol raha hun");
    // an English word of a name, as it sounds in Devanagari (-tion)
    new DetectionAssertions("hi", "Rahul", "National Insurance").finds(Act.ORG_NAME, "नेशनल इंश्योरेंस से राहुल बोल रहा हूँ");
    new DetectionAssertions("hi", "राहुल", "नेशनल इंश्योरेंस").finds(Act.ORG_NAME, "National Insurance se Rahul");
    // a short acronym written out in Devanagari, as one word or letter by letter, and typed for a name written out
    DetectionAssertions sbi = new DetectionAssertions("hi", "Rahul", "SBI");
    sbi.finds(Act.ORG_NAME, "एसबीआई में आपका स्वागत है", "एस बी आई की ओर से राहुल बोल रहा हूँ");
    sbi.doesNotFind(Act.ORG_NAME, "सब ठीक है, आप बताइए", "बस इतना ही");
    DetectionAssertions lic = new DetectionAssertions("hi", "Rahul", "LIC");
    lic.finds(Act.ORG_NAME, "एलआईसी से राहुल बोल रहा हूँ");
    lic.doesNotFind(Act.ORG_NAME, "आप आलसी मत बनिए, फ़ॉर्म आज ही भर दीजिए");
    new DetectionAssertions("hi", "राहुल", "एसबीआई").finds(Act.ORG_NAME, "SBI se Rahul bol raha hoon");
  }

  private String span(String text, Act act) {
    List<Detection> found = hi.detect(text);
    Detection d = found.stream().filter(x -> x.act() == act).findFirst()
        .orElseThrow(() -> new AssertionError("no " + act.id() + " in " + DetectionAssertions.describe(found)));
    return text.substring(d.start(), d.end());
  }

  /** Every variant is detected as {@code act} by the same lexicon phrase. */
  private void samePhrase(Act act, String... variants) {
    String expected = null;
    for (String text : variants) {
      List<Detection> found = hi.detect(text);
      Optional<Detection> d = found.stream().filter(x -> x.act() == act).findFirst();
      assertTrue("expected " + act.id() + " in \"" + text + "\", found " + DetectionAssertions.describe(found),
          d.isPresent());
      if (expected == null) expected = d.get().pattern();
      assertEquals("phrase matching \"" + text + "\"", expected, d.get().pattern());
    }
  }

  private Instant deadline(String text, Instant at) {
    List<Detection> found = hi.detect(text);
    Detection d = found.stream().filter(x -> x.act() == Act.CONCRETE_TIMELINE).findFirst()
        .orElseThrow(() -> new AssertionError("no timeline in " + DetectionAssertions.describe(found)));
    return Timeline.deadline(d, at).orElseThrow(() -> new AssertionError("no deadline from " + d));
  }

  @Test
  public void moreConstructionsInBothScripts() {
    hi.finds(Act.DISCOURTESY, "मैंने पहले ही बता दिया है", "baar baar same sawal mat poochiye");
    hi.doesNotFind(Act.DISCOURTESY, "humne aapko galat item bhej diya", "hamare agent ne aapko galat jaankari di");
    hi.finds(Act.ACCEPT_RESPONSIBILITY, "hume pehle inform karna chahiye tha");
    hi.finds(Act.CHECK_SATISFACTION, "batayein ki issue solve hua ya nahi", "try karke bataiye kaisa raha");
    hi.finds(Act.POLICY_AS_WEAPON, "30 din ke baad return allowed nahi hai", "हम कोई अपवाद नहीं कर सकते");
  }

  @Test
  public void faultsRefusalsAndEscalationsByConstructionInBothScripts() {
    hi.finds(Act.ACCEPT_RESPONSIBILITY, "Hamare system ne galat bill bana diya.",
        "Hamare technician ko time pe aana chahiye tha.", "हमारी तरफ से देरी हुई, इसके लिए खेद है।", "ये हमारा mistake था",
        "galti se humne aapka order cancel kar diya", "humne aapko disappoint kiya", "hmse mistake ho gyi h",
        "हमारी टीम से बड़ी भूल हुई है।", "system mein galat address humne hi daala tha",
        "ye humari responsibility hai aur hum action lenge");
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Courier company ki galti hai, hamari nahi.", "Ye bank ke server ki problem hai.");
    hi.finds(Act.POLICY_AS_WEAPON, "Policy allow nahi karti sir.", "7 din ki window nikal gayi hai, isliye refund nahi ho sakta.",
        "Rule is rule sir.", "T&C mein clearly likha hai.", "Mujhe iski permission nahi hai.",
        "रिटर्न की अवधि खत्म हो चुकी है, इसलिए रिफंड नहीं मिलेगा।", "नियम सबके लिए एक जैसे हैं।", "policy h sir, refund nhi hoga",
        "Hamari policy mein cash refund ka provision nahi hai.", "नियमानुसार हम नकद रिफंड नहीं दे सकते।",
        "नियमों के तहत खाताधारक के अलावा किसी अन्य व्यक्ति को जानकारी नहीं दी जा सकती।");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "नियमानुसार 7 दिन के भीतर वापसी की जा सकती है, मैंने पिकअप बुक कर दिया है।");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "7 din ki window nikal gayi hai, isliye refund nahi ho sakta.");
    hi.finds(Act.ESCALATION, "Mere supervisor aapse contact karenge.", "main higher authority ko mail kar rahi hoon",
        "आपकी शिकायत वरिष्ठ प्रबंधक को अग्रेषित कर दी गई है।", "Aapka maamla uchch adhikari ko saunp diya gaya hai.",
        "Main ye case apne manager ko forward kar raha hoon, wo khud dekhenge.");
    hi.doesNotFind(Act.ESCALATION, "Aap branch mein jaakar manager se mil sakte hain.");
  }

  @Test
  public void terseChecksThatAFixTookInBothScripts() {
    hi.finds(Act.CHECK_SATISFACTION, "kaam bana?", "hua kya?", "ab dikh raha hai?", "अब दिख रहा है?",
        "ek baar restart karke bataiye", "एक बार ट्राई करके बताइए।", "kya refund mil gaya?", "क्या आपको रिफंड मिल गया?",
        "kya ab aap login kar pa rahe hain?", "sab sahi se chal raha hai na?", "internet chal gaya?", "sab set hai?",
        "इससे आपकी मदद हुई?");
    hi.doesNotFind(Act.CHECK_SATISFACTION, "उम्मीद है इससे मदद मिलेगी।", "कृपया अपना ऑर्डर नंबर बताइए।",
        "kya aapne app update kiya hai?");
  }

  @Test
  public void escalationByFlaggingSignOffOrAnExpert() {
    hi.finds(Act.ESCALATION, "maine senior team ko flag kar diya hai", "senior ko involve kar rahi hoon",
        "मैं सुपरवाइज़र की मंजूरी ले रही हूँ।", "main ise upar tak le jaunga", "ek expert aapko call karenge",
        "main yeh mamla management ke dhyan mein launga", "main supervisor ko bulwa deti hoon");
    hi.finds(Act.ESCALATION, "Aapka case senior resolution team ke manager ke paas gaya hai.",
        "आपकी शिकायत नोडल अधिकारी को अग्रेषित कर दी गई है।");
    hi.finds(Act.CHECK_SATISFACTION, "Kya ab aapki shikayat poori tarah door ho gayi hai?",
        "Jo steps bheje the, unse kuch farak pada?", "नया सिम डालकर देखिए और बताइए कि कॉल लग रही है या नहीं।");
    hi.doesNotFind(Act.ESCALATION, "मैनेजर अभी छुट्टी पर हैं।", "आप हमारी वेबसाइट पर शिकायत दर्ज कर सकते हैं।");
  }

  @Test
  public void discourtesyByLecturingBlamingAndDismissing() {
    hi.finds(Act.DISCOURTESY, "kya baat kar rahe ho", "आप क्या बात कर रहे हैं?", "ध्यान से सुनिए।", "aapko nazar nahi aata?",
        "seedhi si baat hai, samajh nahi aati?", "aap padh lete to ye na hota", "jo marzi karo", "aap log bhi na",
        "हमारे पास कोई जादू की छड़ी नहीं है।", "thoda dimaag lagaiye", "itna bhi nahi pata?", "आप पढ़े-लिखे हैं ना?",
        "mere paas aur bhi customers hain");
    hi.finds(Act.DISCOURTESY, "मैंने तीन बार समझा दिया, अब आप खुद पढ़ लीजिए।", "इसमें हम क्या करें।",
        "लाइन में खड़े रहिए, सबको जल्दी है।");
    hi.doesNotFind(Act.DISCOURTESY, "मैं समझ सकती हूँ कि आप परेशान हैं।", "maaf kijiye, ye refund possible nahi hai",
        "ओह, ये जानकर अफ़सोस हुआ कि डिलीवरी बॉय ने आपसे बदतमीज़ी की।");
  }

  @Test
  public void brushOffsCondescensionAndNuisanceBlamingInBothScripts() {
    hi.finds(Act.DISCOURTESY, "मुझे क्या पता आपका पार्सल कहां गया।", "Mujhe kya pata sir, courier wale se pucho.",
        "हद हो गई, तीसरी बार वही सवाल।", "सुनाई नहीं देता क्या?", "Aap anpadh ho kya?", "ये तो बच्चे को भी पता है।",
        "बहस मत कीजिए।", "Zyada hoshiyari mat dikhao.", "Aap log har baar yehi drama karte ho.",
        "अरे भाई, नेटवर्क आपके इलाके में ही खराब है, हम क्या करें।", "Hum yahan khaali nahi baithe.",
        "आपकी शिकायतों से तंग आ गए हैं हम।", "Main aapka personal assistant nahi hoon.", "ye aapka headache h",
        "sir aapko padhna nhi aata?", "baar baar call krke pareshan mat kro");
    hi.doesNotFind(Act.DISCOURTESY, "Aap shahar se bahar ho kya?", "Aap pareshan mat hoiye, main hoon na.",
        "Aap batayiye hum kya karein, refund ya replacement?", "आप इस समस्या से परेशान हैं, मैं समझता हूँ।",
        "Aap is problem se pareshan ho gaye honge, main samajhta hoon.", "Hum yahan aapki madad ke liye baithe hain.");
  }

  @Test
  public void seniorsRaisedOrDiscussedWithAndRefusalsByRuleOrSystem() {
    hi.finds(Act.ESCALATION, "Main ye case apne boss ke saath discuss karke aapko call karti hoon.",
        "मैं इसे अपने टीम लीडर के साथ उठाऊंगा।", "ये मामला मैं अपने उच्च अधिकारियों के संज्ञान में लाऊंगी।",
        "Aapki complaint senior level pe bhej di hai.", "Mera senior aapko thodi der mein call back karega.");
    hi.doesNotFind(Act.ESCALATION, "Aap apne senior citizen card ki copy bhej dijiye.",
        "Aap hamare phone support pe call kar lijiye.");
    hi.finds(Act.POLICY_AS_WEAPON, "Policy ke hisaab se hum refund nahi dete.", "हम नियम नहीं तोड़ सकते।",
        "System mujhe allow hi nahi kar raha, policy hai.", "Upar se order hai, refund nahi hoga.",
        "आपका अनुरोध हमारी शर्तों के अंतर्गत स्वीकार्य नहीं है।", "Sorry sir, policy hai.",
        "Warranty terms mein physical damage cover nahi hota, isliye free repair nahi hoga.");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Hamare paas 30 din ki return policy hai.",
        "Process aisa hai ki pehle OTP aayega, phir aapka account verify hoga.",
        "Upar se order aaya hai ki sabko free upgrade milega.",
        "Policy ke hisaab se refund 7 din mein aata hai, maine request daal di hai.");
    hi.finds(Act.OFFER_HELP, "अरे बिल्कुल, मैं अभी देख लेती हूँ आपका ऑर्डर कहाँ अटका है।");
  }

  @Test
  public void rudenessTypedInHinglishAndAgreementIsNoRestatement() {
    hi.finds(Act.DISCOURTESY, "Aap pagal ho kya?", "Aap bahut irritate kar rahe ho.", "Faltu ki complaint mat karo.",
        "Meri baat mat kaato.", "Aapki problem aap khud solve karo.", "Aapse zyada main jaanta hoon.",
        "Pehle khud check karo phir call karna.", "Aapko pata bhi hai kya bol rahe ho?");
    hi.doesNotFind(Act.DISCOURTESY, "Maine bataya na, refund 5 din mein aa jayega, aap chinta mat kijiye.",
        "Aapke liye sabse sasta plan 199 ka hai.", "Main abhi busy nahi hoon, aap aaram se batayiye.",
        "Aap apna password khud reset kar sakte hain.");
    hi.finds(Act.ESCALATION, "Mai apne manager ko is baare mein bata deti hoon.");
    hi.finds(Act.POLICY_AS_WEAPON, "ye allowed nhi h humari policy me");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Aap sahi keh rahe ho, galti hamari hai.");
  }

  @Test
  public void refusalsByARuleHoweverTheVerbFalls() {
    hi.finds(Act.POLICY_AS_WEAPON, "हमारी पॉलिसी इसकी इजाज़त नहीं देती।", "Humare niyam isme refund ki anumati nahi dete.",
        "Due to company guidelines, hum ye refund process nahi kar sakte.", "RBI rules ki wajah se hum cash nahi de sakte.",
        "Aapka plan 12 mahine ke contract mein hai, isliye cancel nahi ho sakta.",
        "हमारी कंपनी में ऐसा कोई प्रावधान नहीं है।", "System mein ye option hi nahi hai, policy hai.",
        "Hamari policy mein COD ka option hi nahi hai.");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Policy ke hisaab se aapko poora refund milega, maine process kar diya hai.",
        "Aapka warranty period chal raha hai, isliye repair free hoga.",
        "Policy ke tahat aap 30 din ke andar return kar sakte hain.", "नियमों के अनुसार आपका रिफंड 5 दिन में आ जाएगा।");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Aapka plan 12 mahine ke contract mein hai, isliye cancel nahi ho sakta.");
  }

  @Test
  public void rudenessThatMocksArguesOrLeavesTheCustomerAlone() {
    hi.finds(Act.DISCOURTESY, "गुस्सा करने से कुछ नहीं होगा, लाइन में रहिए।", "Chillane se refund jaldi nahi aayega.",
        "Complaint kar do, kuch nahi hoga.", "हर छोटी बात पर शिकायत करना ठीक नहीं।", "आप बेवजह बहस कर रहे हैं।",
        "Mera kaam sirf order lena hai, baaki aap jaano.", "ye aapka sar dard hai, humara nahi",
        "Aapki samasya hai, aap dekho.", "Pehle theek se padh lijiye, phir call kijiye.",
        "That's your headache, hamara kaam installation tak tha.", "Whatever, jo karna hai karo.");
    hi.doesNotFind(Act.DISCOURTESY, "Gussa hona jaayaz hai, main abhi refund process karti hoon.",
        "Hamara kaam hai aapki madad karna.", "Aap bataiye, hum kya karein?", "Main samajh sakti hoon aap pareshaan hain.");
  }

  @Test
  public void pastDatesHabitsAndLookingRightNowAreNoPromises() {
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "आपका पेमेंट 3 तारीख को ही आ गया था।", "Aapka refund 12 tarikh ko hi process ho chuka tha.",
        "Dekhiye, hum aapke feedback ko team tak pahuncha denge.");
    hi.finds(Act.CONCRETE_TIMELINE, "Parcel 5 din mein pahunch jayega.", "आपका पार्सल 20 तारीख तक पहुंच जाएगा।");
    hi.doesNotFind(Act.VAGUE_PROMISE, "Wo billing dekhti hain, main aapko transfer kar deti hoon.", "Ye team refunds handle karti hai.",
        "Main abhi aapka order check kar leta hoon.");
    hi.finds(Act.VAGUE_PROMISE, "Hum is par dekhenge aur aapko bata denge.");
    hi.finds(Act.OFFER_HELP, "Kahiye, main aapki kya madad kar sakta hoon?");
    hi.doesNotFind(Act.OFFER_HELP, "Aapka phone hi purana hai, hum kya karein.");
  }

  @Test
  public void urduRegisterServiceTagQuestionsAndChoicesOpenedByKahiye() {
    hi.finds(Act.OFFER_HELP, "Farmaiye, aapki kya khidmat kar sakti hoon?");
    hi.finds(Act.APOLOGY, "Is zahmat ke liye hum muafi chahte hain.", "इस ज़हमत के लिए हम मुआफ़ी चाहते हैं।");
    hi.finds(Act.CHECK_SATISFACTION, "Net chala ki nahi?", "Refund aa gaya ki nahi, bataiye.");
    hi.finds(Act.CONFIRM_UNDERSTANDING, "Aapka paisa do baar kat gaya hai na?", "Aap ye bol rahe hain ki technician aaya hi nahi?");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Aap sahi bol rahe hain.");
    hi.finds(Act.ASK_PREFERENCE, "Aap kahein to replacement bhej dein, ya refund kar dein?");
    hi.doesNotFind(Act.ASK_PREFERENCE, "Aapka naam change ho jayega.");
    hi.finds(Act.VAGUE_PROMISE, "Stock aate hi bhej denge.");
    hi.finds(Act.POLICY_AS_WEAPON, "Policy toh policy hai sir.");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "बचा हुआ डेटा अगले महीने जुड़ जाता है।");
  }

  @Test
  public void rudenessThatSendsTheCustomerOffOrTreatsThemAsAChild() {
    hi.finds(Act.DISCOURTESY, "Aapne pehle kyun nahi bataya? Ab kuch nahi ho sakta.", "Sir point pe aaiye, mere paas time kam hai.",
        "Aap log kabhi khush nahi hote.", "Dobara call mat karna is baat ke liye.", "हम पर इल्ज़ाम मत लगाइए, गलती आपकी है।",
        "Madam, aawaz neeche rakhiye.", "Bachon jaisi harkatein mat kijiye.", "Courier wale ko jaake bolo.",
        "ये सब्ज़ी मंडी नहीं है।", "Aap aise bol rahe hain jaise humne jaan-boojh ke kiya ho.");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Aap aise bol rahe hain jaise humne jaan-boojh ke kiya ho.");
    hi.doesNotFind(Act.DISCOURTESY, "Aapne pehle hi bata diya tha, dhanyavaad.", "Kya aap dobara call kar sakte hain kal?",
        "Bachon ke liye ye plan bahut accha hai.", "Maine delivery wale ko bol diya hai, wo kal aayega.");
  }

  @Test
  public void refusalsByTheSystemAWindowEligibilityOrOrdersFromAbove() {
    hi.finds(Act.POLICY_AS_WEAPON, "Sorry sir, system mein ye option hi nahi hai, hum kuch nahi kar sakte.",
        "Order ship hone ke baad system address change karne hi nahi deta.", "Return window close ho chuki hai, ab return accept nahi hoga.",
        "आप इस ऑफ़र के लिए पात्र नहीं हैं।", "aap eligible nahi ho refund ke liye", "Upar se mana hai sir.",
        "हेड ऑफिस का सख्त निर्देश है, कैश रिफंड नहीं देना है।", "Aapke case mein refund applicable nahi hai.",
        "Booking confirm hone ke baad cancel nahi hota.", "ये नॉन-रिटर्नेबल आइटम है।");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Head office ka instruction hai ki aapko free upgrade diya jaye.",
        "Aap is scheme ke liye eligible hain, main apply kar deti hoon.", "Return window abhi khuli hai, aap 10 din tak return kar sakte hain.",
        "Warranty khatam hone se pehle hi aapne claim kiya, isliye free repair hoga.",
        "ये मेरे हाथ में नहीं है, पर मैं अपने मैनेजर से आपकी बात करवाती हूँ।", "Restart ke baad bhi net nahi chalta?");
  }

  @Test
  public void rudeRhetoricalQuestionsMockeryAndCondescension() {
    hi.finds(Act.DISCOURTESY, "Maine kaha na, refund nahi hoga.", "Aap sun bhi rahe hain?", "Dikhta nahi kya? Screen pe likha hai.",
        "आपको दिखता नहीं क्या, ऐप में साफ़ लिखा है?", "Padha nahi aapne?", "Aap samajhte kyun nahi?",
        "Jab dekho complaint, aur koi kaam nahi hai kya aapko?", "Wah, ab aap mujhe mera kaam sikhayenge?",
        "Sir aapne hi sasta plan liya tha, ab speed ki shikayat kyun?", "Itna natak karne ki zaroorat nahi hai.",
        "Aapse nahi hoga toh kisi bacche ko phone de dijiye.", "bhaad mein jao", "Aapko sharam nahi aati?",
        "Aap hamesha complain karte ho.");
    hi.doesNotFind(Act.DISCOURTESY, "Hum aapko baad mein call karte hain.", "Bhaiya baad mein jaiye, abhi counter band hai.",
        "Maine kaha na, main abhi check kar rahi hoon, aap pareshan mat hoiye.", "Kya aap mujhe sun pa rahe hain?",
        "Kya aapko OTP dikh nahi raha? Ek baar spam folder check kijiye.", "Aapne padha hoga mail mein, usme link hai.",
        "Jahan return karna hai, us store mein jaaiye.");
  }

  @Test
  public void offersToTakeItOnReassuranceAndInvitationsToTellTheProblem() {
    hi.finds(Act.OFFER_HELP, "Main hoon na, aap tension mat lijiye, sab sort kar dungi.", "Main ye aapke liye sort kar deti hoon.",
        "Chaliye, main aapka issue dekhti hoon.", "Aapka issue main personally handle karungi.",
        "आपकी सहायता करना हमारा सौभाग्य है।", "कृपया अपनी समस्या का विवरण दें।", "आपकी सहायता हेतु मैं उपलब्ध हूँ।",
        "Aap bas problem bataiye, baaki main sambhal leti hoon.", "madad chahiye toh bol do, yahin hu online",
        "Ji boliye, main sun rahi hoon.", "कहिए, क्या काम करवाना है?", "आपकी क्या सहायता की जा सकती है?");
    hi.doesNotFind(Act.OFFER_HELP, "Main aapki madad nahi kar sakti, tension mat lijiye.", "मैं अभी इसे चेक करती हूँ।",
        "Agar aapko help chahiye to 1800-123-4567 par call karein.",
        "Kripya hamein batayein ki kya aapki samasya ka samadhan ho gaya hai.");
    hi.doesNotFind(Act.VAGUE_PROMISE, "Chaliye, main aapka issue dekhti hoon.", "Main ye aapke liye sort kar deti hoon.",
        "Senior se baat karwa deti hoon, wo aapka case dekhenge.");
  }

  @Test
  public void openPromisesThatItWillGetDoneOrBeFollowedUp() {
    hi.finds(Act.VAGUE_PROMISE, "Aapka kaam ho jayega sir, fikar mat kijiye.", "Refund aa jayega, thoda wait kijiye.",
        "Kuch na kuch rasta nikaal lenge ji.", "Hum is par zaroor kuch karenge.", "Main follow up karungi.", "Aapko revert karte hain.",
        "Aapki complaint aage bhej di hai, wo log dekh lenge.", "Hum ispe zaroor action lenge.", "उचित कार्रवाई की जाएगी।",
        "Hum aapke case pe nazar rakhenge.", "Main dekh ke batata hoon.");
    hi.doesNotFind(Act.VAGUE_PROMISE, "Aapka refund 5-7 din mein aa jayega.", "Aap kuch karte hain kya, student hain?",
        "Main follow up ke liye aapka number le leti hoon.", "Hum kuch nahi karenge jab tak aap confirm na karein.",
        "Aap check karke bataiye.");
    hi.doesNotFind(Act.ESCALATION, "Aapki complaint aage forward kar di hai.", "Aapki request aage badha di gayi hai.");
  }

  @Test
  public void littleWordsTypedAlikeKeepTheirMeaning() {
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Aapki koi galti nahi hai sir, network ki wajah se hua.",
        "Don't worry, aapne kuch galat nahi kiya.");
    hi.doesNotFind(Act.CHECK_SATISFACTION, "Main abhi dekh leti hoon aapka status, ek second.",
        "Aap baar baar ek hi sawaal kyun pooch rahe ho?", "ab humse kya umeed rakhte ho?");
    hi.finds(Act.CHECK_SATISFACTION, "Aap is solution se ok hain?", "Ab sab sahi chal raha hai?");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Company ne is mahine se naya plan launch kiya hai.");
  }

  @Test
  public void howLongAnOfferOrACardHoldsIsNoDeadline() {
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "यह ऑफर 31 दिसंबर तक मान्य है।", "यह कार्ड मार्च 2027 तक वैलिड है।", "Card March 2027 tak valid hai.");
    // the customer still inside a window is a state, not a deadline
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Aap abhi 30 din ke andar hain, isliye return shuru kar diya hai.",
        "आप अभी 30 दिन के अंदर हैं।");
    hi.finds(Act.CONCRETE_TIMELINE, "Refund 5 din ke andar ho jayega.", "रिफंड 5 दिन के अंदर हो जाएगा।");
    hi.finds(Act.CONCRETE_TIMELINE, "आपका रिफंड 31 दिसंबर तक आ जाएगा।", "Aapka refund 31 December tak mil jayega.");
  }

  @Test
  public void offersInvitedToTellWhatHappenedInBothScripts() {
    hi.finds(Act.OFFER_HELP, "बताइए, क्या हुआ?", "Bataiye sir, kya hua hai?", "batao kya issue hai",
        "Kahiye madam, kya dikkat aa rahi hai?", "बोलिए सर, किस सिलसिले में कॉल किया?",
        "Kya jaankari chahiye aapko, bataiye.");
    hi.doesNotFind(Act.CHECK_SATISFACTION, "बताइए, क्या हुआ?", "Bataiye sir, kya hua hai?");
    hi.doesNotFind(Act.OFFER_HELP, "Aapne poochha kya hua tha, toh main bata deti hoon.",
        "Madad ke liye 1800-180-1234 par call karein.");
  }

  @Test
  public void offersOfHelpStatedAskedOrLetToTheCustomer() {
    hi.finds(Act.OFFER_HELP, "मैं इसमें आपकी मदद कर सकती हूँ।", "Main isme aapki help kar sakta hoon.",
        "main help kr skti hu isme", "मुझे आपकी मदद करने दीजिए।",
        "Mujhe aapki help karne dijiye, bas order ID bhejiye.", "Mujhe aapki madad karne ka mauka dijiye.",
        "Kya main aapke liye naya slot book kar doon?", "क्या मैं आपके लिए टिकट दोबारा बुक कर दूँ?",
        "Kya main aapka password reset kar doon?", "Aap kahein toh main abhi replacement request daal deti hoon?",
        "आप चाहें तो मैं आपकी ओर से शिकायत दर्ज कर देती हूँ।");
    hi.doesNotFind(Act.OFFER_HELP, "मैं आपकी मदद नहीं कर सकती।",
        "Main aapki help nahi kar paungi, ye dusra vibhag dekhta hai.",
        "Main sirf billing mein madad kar sakta hoon, technical ke liye 198 dial karein.",
        "Aap chahein toh main refund kar doon ya replacement bhej doon?", "Main kya kar doon, system hi down hai.");
  }

  @Test
  public void offersToTakeItOnTogetherAndToStandBy() {
    hi.finds(Act.OFFER_HELP, "चलिए, मिलकर इसे ठीक करते हैं।", "Chaliye saath milkar ise solve karte hain.",
        "ek ek karke bhejiye, dekh lete hain saath mein", "मैं आपके लिए यह अभी करवा देता हूँ।",
        "Ruko, main abhi karwa deti hu aapka kaam.", "Aapka kaam main priority pe karungi.",
        "हम आपकी सहायता को सदैव तत्पर हैं।", "हम आपके लिए हमेशा उपलब्ध हैं।",
        "Aap chinta na karein, main yahin hoon.", "आपकी सेवा में प्रस्तुत हूँ, कहिए।",
        "Aapki problem solve karna hamari priority hai.", "आपकी हर समस्या का समाधान करना हमारा लक्ष्य है।",
        "Aapki pareshani ab hamari pareshani hai, bataiye.", "mai hu na, bolo kya krna h");
    hi.doesNotFind(Act.OFFER_HELP, "मुझे आपकी मदद करके खुशी हुई।",
        "Aur koi sawaal ho toh bejhijhak poochiye, hum yahin hain.", "So what? Sabke saath hota hai.",
        "Is case ko main apne lead ke saath discuss karungi.", "Aapki pareshani hamari pareshani nahi hai.");
  }

  @Test
  public void rudeRhetoricalQuestionsAboutRepeatingReadingOrHearing() {
    hi.finds(Act.DISCOURTESY, "कितनी बार समझाना पड़ेगा आपको?", "aapko kitni baar btana padega same cheez",
        "अब ये भी मैं ही बताऊँ?", "Ye bhi main hi karun aapke liye?", "आप पढ़ नहीं सकते क्या?",
        "Kya aap padh nahi sakte? Screen pe likha hai.", "क्या आप बहरे हैं?",
        "Aap ek kaam bhi theek se nahi kar sakte?", "Itni si baat samajh nahi aati aapko?",
        "तो क्या करें हम? आपने ही तो देर से बताया।", "आपको कोई तमीज़ है या नहीं?",
        "Jab aapko kuch pata hi nahi toh bolte kyun ho?");
    hi.doesNotFind(Act.ASK_PREFERENCE, "तो क्या करें हम? आपने ही तो देर से बताया।");
    hi.doesNotFind(Act.DISCOURTESY, "Aap bataiye, hum kya karein: refund ya replacement?",
        "Kya aap mujhe sun pa rahe hain?");
  }

  @Test
  public void rudeBlameHandedToTheCustomer() {
    hi.finds(Act.DISCOURTESY, "Aapne dhyan hi nahi diya, isliye aisa hua.",
        "आपने ध्यान नहीं दिया, इसमें हमारी गलती नहीं।", "Galti aap hi ki hai sir.",
        "Aapne khud hi sab kharab kar diya.", "आपने ही फ़ोन खराब किया है।", "हर बार आप ही गलत बटन दबाते हो।",
        "Aap hi ne galat number diya, ab hum kya kare", "आपने बिना पढ़े ही साइन कर दिया, अब रोने से क्या होगा?",
        "Aapne shayad mail padha hi nahi.");
    hi.doesNotFind(Act.DISCOURTESY, "आपने कुछ गलत नहीं किया, चिंता मत कीजिए।",
        "Aapne kuch kharab nahi kiya, ye system ki dikkat thi.", "Aap hi bataiye, galat kya hua tha?",
        "Aapne sahi kiya ki humein bataya.");
  }

  @Test
  public void sarcasmMockeryAndMakingLightOfTheComplaint() {
    hi.finds(Act.DISCOURTESY, "Ab ye bhi hamari galti hai?", "अब ये भी हमारी गलती हो गई?",
        "Aapke liye poora system badal dein kya?", "Sabka chal raha hai, bas aapka nahi chal raha.",
        "सबका रिफंड आ गया, सिर्फ आपका नहीं आया? कमाल है।", "Aap kuch zyada hi expect kar rahe ho.",
        "Ek din hi toh late hua hai, itna kya.", "aap logo ka roz ka natak h", "ये बचपना बंद कीजिए।",
        "Aap toh har cheez mein complain karte ho.", "ऐसे तो हर कोई कहता है कि पैकेट खुला था।");
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Ab ye bhi hamari galti hai?", "अब ये भी हमारी गलती हो गई?");
    hi.doesNotFind(Act.CHECK_SATISFACTION, "अब ये भी हमारी गलती हो गई?",
        "Sabka chal raha hai, bas aapka nahi chal raha.", "Aap log kabhi khush nahi hote.");
    hi.doesNotFind(Act.DISCOURTESY, "Aapka parcel ek din late hua hai, iske liye maafi.",
        "Sabka refund aa gaya hai, aapka bhi aaj aa jayega.");
  }

  @Test
  public void dismissalsOrdersAndLecturesInBothScripts() {
    hi.finds(Act.DISCOURTESY, "Mujhe isse kya?", "मुझे इससे क्या?", "Bekaar ki baat mat kijiye, phone rakhiye.",
        "Bahut ho gaya, main phone kaat raha hoon.", "Aapki madad karna mushkil hai jab aap sunte hi nahi.",
        "इतना तो पता होना चाहिए आपको।", "अगली बार ध्यान से पढ़ लिया कीजिए।",
        "Pehle apna bill dekh liya kijiye, phir call kijiye.", "Soch samajhkar order karna chahiye tha.",
        "Ek baar mein samajh lo, dobara nahi bataunga.", "Ye basic cheez hai sir, itna bhi nahi aata?",
        "Pehle khud samjho, phir hume call karna.", "Main yahan aapke taane sunne ke liye nahi baithi hoon.");
    hi.doesNotFind(Act.DISCOURTESY, "Kripya phone hold par rakhiye.",
        "Ye ek simple process hai, main guide karti hoon.", "Main samajh sakti hoon aap pareshan hain.",
        "Aap har mahine statement check kar liya kijiye, usme sab hota hai.");
  }

  @Test
  public void handOversToASeniorWhateverTheWordOrder() {
    hi.finds(Act.ESCALATION, "Main ye case bhej rahi hoon apne senior ko.",
        "मैं आपकी शिकायत भेज रही हूँ अपने मैनेजर को।", "Supervisor ko bol diya hai, wo dekh lenge.",
        "मैंने अपने सीनियर को कह दिया है।", "Ye maamla main apne incharge ko bata deta hoon.",
        "Maine manager ko cc kar diya hai.", "उच्च अधिकारियों को इस बारे में अवगत करा दिया गया है।",
        "Upar wale se baat karke batati hoon.", "Is case ko main apne lead ke saath discuss karungi.");
    hi.doesNotFind(Act.ESCALATION, "Aap branch manager se mil lijiye.",
        "Senior citizen discount ke liye form bhariye.", "Hamare manager ne kal mail bheja tha.",
        "Manager abhi chutti par hain.");
  }

  @Test
  public void seniorsWhoNowHoldDecideOrMeet() {
    hi.finds(Act.ESCALATION, "Ab ye maamla mere manager dekh rahe hain.", "इस पर फैसला मेरे सुपरवाइज़र लेंगे।",
        "Mere manager is par final decision lenge.", "Mere manager aapse milenge, yahin baithiye.",
        "Aapka case ab hamari escalation team ke paas hai.", "मामला वरिष्ठ स्तर पर भेज दिया गया है।",
        "हमारे ऑपरेशंस हेड स्वयं इसकी समीक्षा करेंगे।");
    hi.doesNotFind(Act.ESCALATION, "Hamare manager ne ye offer approve kiya hai, aapko 10% off milega.",
        "Senior citizens ke liye alag counter hai.");
  }

  @Test
  public void refusalsByEligibilityALimitOrNotAllowed() {
    // a rule named while still helping refuses nothing
    hi.doesNotFind(Act.POLICY_AS_WEAPON,
        "Ye offer sirf naye customers ke liye hai, lekin main aapko loyalty discount de sakti hoon.",
        "यह ऑफ़र सिर्फ नए ग्राहकों के लिए है, लेकिन मैं आपको दूसरा डिस्काउंट दे सकता हूँ।");
    // "sir, ye …" is an address, not "सार यह" (in sum)
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Koi baat nahi sir, ye kisi ke saath bhi ho sakta hai.",
        "Sorry sir, ye option abhi available nahi hai.");
    hi.finds(Act.CONFIRM_UNDERSTANDING, "सार यह है कि आपको नया कार्ड चाहिए, है ना?");
    hi.finds(Act.POLICY_AS_WEAPON, "Ye offer sirf naye customers ke liye hai, aapko nahi milega.",
        "यह सुविधा केवल प्रीमियम सदस्यों के लिए है, इसलिए हम नहीं दे सकते।",
        "Aapka case criteria mein nahi aata, isliye claim reject hai.", "आप इस स्कीम के अंतर्गत नहीं आते।",
        "Cash on delivery sirf 5000 tak ke order par milta hai, isliye ye option nahi aa raha.",
        "Aapki daily limit cross ho gayi hai, isliye transaction nahi ho sakta.",
        "सीमा पार हो चुकी है, अब और रिफंड नहीं मिलेगा।",
        "Ek account pe sirf do refund allowed hain, aap already le chuke ho.",
        "Maximum limit 2 replacement ki hai, ab aur nahi milega.",
        "Sirf 7 din tak hi return hota hai, ab nahi ho sakta.", "Sorry, ye allowed nahi hai.");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Aapki limit badha di gayi hai.",
        "Aap eligible hain, main abhi apply kar deti hoon.", "Aapki limit 50,000 hai, aap transfer kar sakte hain.",
        "Ye offer sirf aaj ke liye hai, abhi order kar lijiye.");
  }

  @Test
  public void refusalsByARuleNamedInOtherWords() {
    hi.finds(Act.POLICY_AS_WEAPON, "SOP ke hisaab se hum ye nahi kar sakte.", "कायदे के मुताबिक यह मुमकिन नहीं है।",
        "Company guidelines hume ye karne nahi deti.", "नियमानुसार आपको यह सुविधा नहीं दी जा सकती।",
        "Policy ke according 15 din baad koi claim nahi liya jata.", "नियम यही है, टिकट का पैसा वापस नहीं होगा।",
        "Niyam yahi hai sir, refund nahi milega.");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Policy ke mutabik refund 5 din mein aa jayega, maine process kar diya hai.",
        "Niyam ke anusar aap 30 din tak return kar sakte hain.",
        "Niyamon ke anusar aapka refund approve ho gaya hai.",
        "Policy mein ye cover hota hai, main claim daal deti hoon.");
  }

  @Test
  public void offersAskingWhatIsNeededListeningOrLeavingTheRestToTheAgent() {
    hi.finds(Act.OFFER_HELP, "Aapko kis cheez ki zaroorat hai, bataiye.", "आपको किस चीज़ की ज़रूरत है?",
        "Aap bas bata dijiye kya chahiye, baaki main dekh lungi.", "मैं आपकी बात सुन रहा हूँ, बताइए।",
        "Main sun rahi hoon, boliye.", "Aapki samasya sunna aur suljhana hi mera kaam hai.",
        "Namaste ji, kahiye kaise yaad kiya?");
    hi.doesNotFind(Act.VAGUE_PROMISE, "Aap bas bata dijiye kya chahiye, baaki main dekh lungi.");
    hi.doesNotFind(Act.OFFER_HELP, "Aap chillaiye mat, main aapki baat sun rahi hoon.",
        "Problem solve karna mera kaam nahi hai.");
  }

  @Test
  public void lecturesAboutWhatTheCustomerShouldHaveDoneAndMockery() {
    hi.finds(Act.DISCOURTESY, "Yaar, pehle sun toh lo main kya bol raha hoon.", "ये सब पहले सोचना था आपको।",
        "Aapko pehle dekhna tha order karne se pehle.", "Aapne kabhi manual khol ke dekha bhi hai?",
        "Aapko kya lagta hai, hum yahan free mein baithe hain?", "Sir, aapki is baat ka koi matlab nahi banta.",
        "Madam ek kaam kijiye, khud hi technician ban jaiye.", "आप ही आ जाइए और कंपनी चला लीजिए।");
    hi.doesNotFind(Act.DISCOURTESY, "Humein pehle dekhna tha, ye hamari chook hai.",
        "Ek baar settings khol ke dekh lijiye.");
  }

  @Test
  public void aSeniorBroughtInIsNoRefusalAndASeniorToMeetElsewhereIsAReferral() {
    hi.finds(Act.ESCALATION, "Ye mere haath mein nahi hai, main senior ko bolti hoon.",
        "मेरे अधिकार में नहीं है, मैं अपने मैनेजर से बात करती हूँ।");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Ye mere haath mein nahi hai, main senior ko bolti hoon.",
        "मेरे अधिकार में नहीं है, मैं अपने मैनेजर से बात करती हूँ।");
    hi.doesNotFind(Act.ESCALATION, "Kal hamare branch manager aayenge, unse mil lijiye.");
  }

  @Test
  public void refusalsByTheSystemOneWayOnlyOrARejectionByRule() {
    hi.finds(Act.POLICY_AS_WEAPON, "Ye hamare system mein possible hi nahi hai.",
        "हमारे सिस्टम में यह संभव ही नहीं है।",
        "Ye sirf registered mobile number se hi hoga, doosre number se nahi.",
        "यह केवल होम ब्रांच से होगा, किसी और ब्रांच से नहीं।",
        "Aapki application guidelines ke hisaab se reject ho gayi hai.",
        "नियमों के हिसाब से आपका क्लेम रिजेक्ट हुआ है।");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Guidelines ke mutabik hum aapko naya card free mein bhej rahe hain.",
        "Rule ke hisaab se aapko 500 rupaye ka refund milega.", "System mein ab sab possible hai, aap try kijiye.");
  }

  @Test
  public void offersToStandByTryOrSeeToItInPerson() {
    hi.finds(Act.OFFER_HELP, "यदि आपको किसी प्रकार की सहायता चाहिए तो हम उपलब्ध हैं।",
        "Help chahiye toh hum yahin hain.", "Aapko koi bhi pareshani ho toh seedha mujhe message karein.",
        "Main aapka issue abhi resolve karne ki koshish karti hoon.", "मैं आपकी समस्या ठीक करने की कोशिश करती हूँ।",
        "Aapki complaint main khud dekh rahi hoon, befikr rahiye.", "Aap tension na lein, main hoon yahan.",
        "Aapke kis kaam aa sakti hoon?", "हम आपकी सहायता करने के लिए ही यहाँ हैं।",
        "Main aapki help karne ke liye ready hoon.", "kya dikkat aa rhi h, btaiye");
    hi.doesNotFind(Act.OFFER_HELP, "Main aapki koi help nahi kar sakti, aap store jaiye.",
        "Ek second, main apne senior ko bulata hoon, wo aapki help karenge.",
        "Agar help chahiye toh 1800-180-1234 par call kijiye.");
  }

  @Test
  public void rudenessThatDismissesInsultsOrThreatens() {
    hi.finds(Act.DISCOURTESY, "Aap jaante bhi ho kisse baat kar rahe ho?",
        "Mere paas faltu ke sawalon ka time nahi.", "Kya aap sach mein itne naasamajh hain?",
        "Ab aap hi bataiye, isme hamari kya galti? Aap hi ne OTP diya.",
        "Main aapse behas nahi karungi, jo hai wo hai.", "Bhai aap samajhte kyu nahi ho",
        "Haan haan, aapke liye toh sab free hona chahiye.", "Aapke jaise 100 customer roz aate hain.",
        "Refund chahiye toh rules follow karo, warna kuch nahi milega.");
    hi.doesNotFind(Act.ASK_PREFERENCE, "Ab aap hi bataiye, isme hamari kya galti? Aap hi ne OTP diya.");
  }

  @Test
  public void seniorsReachedByLevelOrInTheirPlural() {
    hi.finds(Act.ESCALATION, "Aapki shikayat uchch adhikariyon tak pahuncha di gayi hai.",
        "Is maamle ko hum management level par le ja rahe hain.", "मैं इसे मैनेजमेंट लेवल तक ले जा रही हूँ।");
  }

  @Test
  public void refusalsByAClosedWindowAPlanOrAGroupOnly() {
    hi.finds(Act.POLICY_AS_WEAPON, "Aapka order 30 din purana hai, return window band ho chuki hai.",
        "हमारी नीतियां इस तरह के बदलाव की इजाजत नहीं देतीं।",
        "Ye facility aapke account type par available nahi hai.", "यह ऑफर आपके प्लान पर लागू नहीं है।",
        "Sorry, hum sirf prepaid customers ko ye offer dete hain.",
        "Refund chahiye toh rules follow karo, warna kuch nahi milega.");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Aap 7 din ke andar return kar sakte hain, main pickup laga deti hoon.",
        "Policy ke hisaab se aapka refund process ho gaya hai.",
        "Ye offer aapke plan par lagu hai, main abhi activate kar deti hoon.");
  }

  @Test
  public void handOversMarkedOrGivenToASeniorAndRefusalsForWantOfPermission() {
    hi.finds(Act.ESCALATION, "Aapka mamla maine apne upar wale ko de diya hai.",
        "Maine aapki complaint apne head ko mark kar di hai.", "मैंने आपका केस अपने सुपरवाइज़र को दे दिया है।");
    hi.finds(Act.POLICY_AS_WEAPON, "Iski ijazat nahi hai sir.", "इसकी अनुमति नहीं है।",
        "Aap is refund ke haqdaar nahi hain.", "आप इस मुआवज़े के हक़दार नहीं हैं।");
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Aap refund ke haqdaar hain, main process kar rahi hoon.",
        "Terms ke hisaab se aapko free delivery milegi.");
    hi.finds(Act.DISCOURTESY, "Aap jaise logon se baat karna mushkil hai.", "Aapne hi toh sab bigaada hai.",
        "Sir aap bekaar mein gussa ho rahe ho.");
    hi.finds(Act.OFFER_HELP, "Chaliye, aapka issue sort karte hain.", "चलिए, आपकी समस्या हल करते हैं।",
        "Chalo, ye problem fix karte hain.");
  }

  @Test
  public void aSentenceWrittenInEnglishIsEnglishToJudge() {
    hi.doesNotFind(Act.CHECK_SATISFACTION, "Let us know if you need anything else.",
        "Please let me know if you need any assistance.");
    hi.doesNotFind(Act.VAGUE_PROMISE, "Can you DM us your order number so we can look into this for you?");
    hi.doesNotFind(Act.DISCOURTESY, "Thank you and have a great day ahead!",
        "Apologies for the delay to your journey this morning.", "Hi Matt. Apologies for the delay.", "Hello Jose.",
        "Are you getting an error? If so, what does it say?", "What are you in the mood for? Whatever you'd like.",
        "We can help you make a Genius Bar appointment.", "Oh wow! That's no good at all!");
    // what English makes of it: an open-ended promise, not an offer of help (ACTS.md)
    hi.finds(Act.VAGUE_PROMISE, "Leave it with me, ma'am.");
    hi.doesNotFind(Act.OFFER_HELP, "Leave it with me, ma'am.");
    // a code-mixed sentence is still Hindi's: one little Hindi word is enough
    hi.finds(Act.ESCALATION, "Let me bring in someone more senior on this, ek minute dijiye.");
    hi.finds(Act.DISCOURTESY, "So what? Aap ko kya problem hai?");
  }

  @Test
  public void offersToTakeTheCaseOnGetItDoneOrStandByInBothScripts() {
    hi.finds(Act.OFFER_HELP, "Aap ye sab mujh par chhod dijiye.", "ये काम मुझ पर छोड़िए।",
        "Aapka case ab mere hawale hai.", "यह मामला अब मेरे ज़िम्मे है।", "Aapka kaam ab meri plate pe hai.",
        "Fikr mat kijiye, main sab theek karwa dungi.", "Aapki taraf se main seller ko mail kar deti hoon.",
        "आपके लिए मैं नया स्लॉट ले लेती हूँ।", "Hum aapki samasya ke samadhan ke liye committed hain.",
        "Main aapka kaam poora karke hi phone rakhungi.", "कहिए, मैं आपके क्या काम आ सकूँ?",
        "Farmaiye, banda haazir hai.", "Namaste ji, seva bataiye.", "Main hoon na aapki madad ke liye.",
        "Main sach mein aapki madad karna chahta hoon.", "Hum bas ek message ki doori par hain.",
        "Isme sorry kaisa, ye to mera kaam hai.", "Aap bas photo bhej dijiye, fix kar deta hoon.",
        "Main aapko poora process samjha deti hoon.", "Koi bhi doubt ho, main abhi clear kar deti hoon.",
        "Befikr hokar bataiye kya hua.", "I'll take care of it, aap bas invoice bhejiye.",
        "Tension nahi lene ka, apun dekh leta.", "Haan ji, ho jayega, bas aadhaar number bata dijiye.");
    hi.doesNotFind(Act.OFFER_HELP, "Main aapka kaam nahi karwa sakti, ye branch ka kaam hai.",
        "Senior se baat karwa deti hoon, wo aapko batayenge.", "Ye mera kaam nahi hai.",
        "Ye humari kami hai, iske liye maafi.", "Main kya madad karun, jab app hi nahi khul raha?",
        "Sach kahun toh humne hi order cancel kiya tha.", "Aapke liye jo ho sakta tha, wo maine kar diya.",
        // the job done, not help offered (earlier rounds' labels: "main abhi update kar deti hoon" is no offer)
        "Main aapka naya connection karwa dungi.", "मैं आपका पासपोर्ट अपडेट करवा दूँगा।",
        "Main aapka refund process kar deti hoon.");
  }

  @Test
  public void faultsOwnedAsAShortcomingACauseOrAnEndOfOurs() {
    hi.finds(Act.ACCEPT_RESPONSIBILITY, "Ye poori tarah hamari kotahi thi.",
        "आपको समय पर सूचना न देना हमारी लापरवाही थी।", "गलती यहीं से हुई है, सर।",
        "Mistake idhar se hui hai, aapki taraf se nahi.", "Deri hamare level par hui hai.",
        "ये हमारे एंड की गड़बड़ी है।", "Ye sara panga hamara hi hai.", "Yeh galti mere haathon hui hai.",
        "Aapka paisa hamari wajah se ruka hua hai.", "Booking fail hone ka karan hamara server tha.",
        "Kasoor kisi aur ka nahi, hamara hi hai.", "Humne aapki request approve karne mein deri kar di.",
        "Is baar hum fail ho gaye.", "Maine hi aapki file itne din latkaye rakhi.",
        "इस चूक की ज़िम्मेदारी पूरी तरह हमारी है।", "निगम इस त्रुटि के लिए उत्तरदायी है।", "That's on us, ma'am.");
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Agar galti hamari hui toh hum poora refund denge.",
        "यदि त्रुटि हमारी ओर से हुई है तो शुल्क लौटा दिया जाएगा।",
        "Aap keh rahe hain ki galti hamari hai, main check karti hoon.",
        "आपने लिखा है कि गलती आपकी कंपनी की है, मैं जाँच करवाती हूँ।",
        "Hamare end se koi issue nahi hai, aapke bank se check kijiye.",
        "Ye zimmedari hamari nahi hai, courier company ki hai.", "Refund mein deri bank ki wajah se hai.");
  }

  @Test
  public void rudenessThatTalksDownHurriesOrPushesTheBlameBack() {
    hi.finds(Act.DISCOURTESY, "Ye toh ek bachcha bhi kar leta, aap nahi kar paaye?",
        "Sab kuch aapke hisaab se nahi hoga, madam.", "Aapko kuch pata bhi hai ki UPI kaise kaam karta hai?",
        "हर बार वही रोना रोते हैं आप।", "Aap log khud hi galti karke phir hum pe chillate ho.",
        "I don't have all day, sir.", "Isme company ka kya kasoor?", "Ab main bol sakti hoon?",
        "Baar baar message mat karo, jab hoga tab bata denge.", "Aap khud hi nipat lijiye apne bank se.",
        "Aapko kya farak padta hai ki hum kaunsa courier use karte hain?", "देरी का इल्ज़ाम हम पर मत डालिए।",
        "आप बोल ज़्यादा रहे हैं, सुन कम रहे हैं।", "Aapke saath toh har baar koi na koi problem hoti hai.",
        "Faltu ke mail mat bhejiye, ticket khula hai.", "Sapne mat dekhiye sir, itna discount nahi milta.");
    hi.doesNotFind(Act.DISCOURTESY, "So what you're saying is the bill came twice?",
        "Kuch aur pata karna ho toh bataiye.", "Ye app bachche bhi aasani se use kar lete hain.",
        "Sab kuch aapke hisaab se ho jayega, chinta nahi.", "Har cheez aapke hisaab se set kar di hai.",
        "Aap bolte rahiye, main saath saath note kar rahi hoon.",
        "आपने लिखा है कि गलती आपकी कंपनी की है, मैं जाँच करवाती हूँ।",
        "Aapki galat delivery hamari packing team ki chook thi.", "Aapke saath aisa pehli baar hua hai kya?");
  }

  @Test
  public void customersLikeYouThankedForKeepingUsGoingIsNoRudeness() {
    String compliment = "Aap jaise customers ki wajah se hi hum yahan hain";
    assertTrue("expected no act in \"" + compliment + "\", found " + DetectionAssertions.describe(hi.detect(compliment)),
        hi.detect(compliment).isEmpty());
    hi.doesNotFind(Act.DISCOURTESY, "आप जैसे ग्राहकों के प्यार से ही हमारी कंपनी चल रही है।",
        "Aap jaise loyal customers ki badaulat hi hum das saal se chal rahe hain, shukriya!");
    hi.finds(Act.DISCOURTESY, "Sir, aap jaise customers ki wajah se hi baaki logon ko wait karna padta hai.",
        "आप जैसे लोगों की वजह से ही बाकी ग्राहकों को परेशानी होती है।");
  }

  @Test
  public void wordsThatKeyAlikeInLatinLettersAreNotReadForEachOther() {
    // "galat" (wrong) keys like "galti" (fault), "boliye" (say) like "bhool" (lapse)
    hi.doesNotFind(Act.DISCOURTESY, "Aapko galat bill mila, iske liye sorry.",
        "Aapka galat order aaya hai, main replace kar deti hoon.", "Aapko galat jaankari di gayi thi.");
    hi.finds(Act.DISCOURTESY, "Aapki galti hai.", "Galti aapki hai, humari nahi.");
    hi.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Boliye, mere layak koi seva?", "Bolo, mere paas abhi time hai.");
    hi.finds(Act.ACCEPT_RESPONSIBILITY, "Bhool meri thi, maaf kijiye.", "भूल हमारी है।");
    // "kis" (which) keys like "kisi" (some): asking when is no vague "some time"
    hi.doesNotFind(Act.VAGUE_PROMISE, "Aap bata dijiye kis samay call karun?", "Kis din aap ghar par honge?");
    hi.finds(Act.VAGUE_PROMISE, "Hum kisi samay aapko call kar lenge.", "हम किसी समय आपको कॉल कर लेंगे।");
  }

  @Test
  public void threatsToHangUpOnAConditionAndNotADroppedLineOrACallBack() {
    hi.finds(Act.DISCOURTESY, "Agar aap aise hi chillate rahe toh main call disconnect kar dungi.",
        "गाली दी तो मैं कॉल काट दूँगा।", "Ek baar aur chillaye toh phone rakh dunga.",
        "Tameez se baat kijiye warna call cut kar dungi.", "Badtameezi ki toh line kaat deti hoon.");
    hi.doesNotFind(Act.DISCOURTESY, "Agar call beech mein kat jaye toh main aapko turant wapas call karungi.",
        "Agar awaaz nahi aayi toh call apne aap disconnect ho jayegi.",
        "Warna aap kal call kijiye, main aapka case hold par rakh deti hoon.",
        "Dhanyavaad, main ab call disconnect kar rahi hoon, aapka din shubh ho.");
  }

  @Test
  public void rudenessThatSendsTheCustomerElsewhereOrMocksWhatTheyAskFor() {
    hi.finds(Act.DISCOURTESY, "Kahin aur jaake shikayat kar lo.", "Pasand nahi toh dusra network le lo.",
        "जाओ कहीं और ट्राई करो।", "Aapne OTP khud share kiya tha, ab company kya kare?",
        "Kya chahte ho, main aasmaan se taare tod laun?", "Aapko lagta hai main aapki naukrani hoon?",
        "Bade aaye rules sikhane wale.", "Hum koi chamatkar nahi kar sakte, samjhe?");
    hi.doesNotFind(Act.DISCOURTESY, "Kahin aur se kharida hai toh bill ki copy bhej dijiye.",
        "Dusri company ka number port karna ho toh main process bata deti hoon.",
        "Ab bank kya karega, main aapko batati hoon: paisa 5 din mein wapas aayega.",
        "Chaand raat mubarak ho sir.", "Ye offer kisi chamatkar se kam nahi hai.");
  }

  @Test
  public void rudenessThatHurriesCoolsDownOrAddressesTheCustomerRudely() {
    hi.finds(Act.DISCOURTESY, "Yaar kitni der lagaoge, mere paas aur bhi calls hain.",
        "Fast fast bolo, line lambi hai.", "Poora din nahi hai hamare paas sir.",
        "हाँ हाँ समझ गया, आगे बोलिए।", "Pehle thande dimaag se baat kijiye.", "Gussa thook dijiye aur baat suniye.",
        "Oye, sun meri baat.", "Aap logon ka roz ka yahi rona hai.", "Tum log kabhi nahi sudhroge.",
        "Aap log na bas shikayat hi karte rehte ho.");
    hi.doesNotFind(Act.DISCOURTESY, "Kitna time lagega ye main abhi check karke batati hoon.",
        "Fast delivery ke liye express option chuniye.", "Haan haan, bilkul sahi, aap aage bataiye.",
        "Thoda sa wait kijiye, main check kar rahi hoon.", "Aap log humse jude rahe, iske liye shukriya.",
        "Aapka gussa jaayaz hai, main maafi chahti hoon.", "Aap logon ka hamesha swagat hai.");
  }

  @Test
  public void rudenessThatLecturesRefusesToListenOrBlamesTheCustomersOwnSlip() {
    hi.finds(Act.DISCOURTESY, "Itni simple baat bhi samajh nahi aati aapko?", "Samajh nahi aata tumko?",
        "Koi bhi samajhdaar aadmi ye samajh jata.", "Jo main keh rahi hoon use suniye.",
        "Aap bolte hi rahenge ya mujhe bhi bolne denge?", "Aap hi OTP bhool gaye the, hum kya karein.",
        "Aapne khud hi galat button daba diya.");
    hi.doesNotFind(Act.DISCOURTESY, "Simple si baat hai, main samjha deti hoon.",
        "Koi bhi samajhdaar customer ye offer le lega.", "Agar samajh mein nahi aata toh main step by step batati hoon.",
        "Aap bhool gaye ho toh koi baat nahi, main OTP dobara bhejti hoon.",
        "Aapne khud hi bataya tha toh maine update kar diya.", "Aap hi ne sahi kaha tha, galti humari hai.",
        "Jo main bata rahi hoon wo note kar lijiye please.");
    hi.doesNotFind(Act.OFFER_HELP, "Aap hi ne password bhool gaye, hum kya karein?");
  }

  @Test
  public void offersAskingForTheQuestionStandingByOrInvitingAnyNeedLater() {
    hi.finds(Act.OFFER_HELP, "Ji madam, aapki kya problem hai?", "आपका क्या प्रश्न है, बताइए।",
        "Aapka concern kya hai, boliye.", "Aap apna issue khulkar bataiye.", "अपनी समस्या विस्तार से बताइए।",
        "Kya hua ma'am, boliye.", "Aaj kis wajah se yaad kiya sir?", "हम यहाँ आपकी सहायता करने के लिए ही हैं।",
        "Hum yahaan aapki help karne ke liye hain.", "Koi bhi doubt ho toh mujhe ping kar dena.",
        "Kabhi bhi zarurat pade toh humein call kijiye.", "Kisi bhi cheez ki zarurat ho toh yaad kijiyega.",
        "Kuch bhi problem aaye toh bata dena.", "किसी भी तरह की दिक्कत हो तो सीधे मुझे कॉल कीजिए।");
    hi.doesNotFind(Act.OFFER_HELP, "Aapki problem ka samadhan ho gaya kya?", "Aapka issue kya tha, wo resolve ho gaya hai.",
        "Hum yahan aapki madad nahi kar sakte, aapko branch jaana hoga.", "Yahan aap apna bill dekh sakte hain.",
        "Aur koi sawal ho toh poochiye.", "Kisi aur cheez ki zarurat ho toh bataiyega.",
        "Koi dikkat ho toh 1800 200 300 par call kar sakte hain.", "Zarurat ho toh aap branch bhi ja sakte hain.",
        "Kya hua tha, wo maine note kar liya.");
  }


  @Test
  public void rudenessThatBlamesByAPastConditionOrHandsTheJobBack() {
    hi.finds(Act.DISCOURTESY, "Form dhyan se bharte to ye dikkat hoti hi nahi.",
        "ऐप अपडेट करते तो पेमेंट अटकता ही नहीं।", "Warranty card sambhal ke rakhte toh aaj ye naubat na aati.",
        "Itni si baat ke liye replacement thodi milta hai.", "Photo upload karna aapka kaam hai, mera nahi.",
        "पासबुक अपडेट करवाना आपकी ज़िम्मेदारी थी, हमारी नहीं।", "Is deri ka dayitva aapka hi hai.",
        "Main yahan ki cashier hoon, aapki personal assistant nahi.", "I am not your secretary, sir.",
        "आपकी ज़िद से नियम नहीं बदलेगा।", "Aapki laparwahi ka khamiyaza company kyun bhugte?");
    hi.doesNotFind(Act.DISCOURTESY, "Hum pehle check karte to ye galti na hoti, iske liye maafi chahte hain.",
        "Aapka kaam hai bas OTP batana, baaki main kar dungi.", "Aapki koi laparwahi nahi thi, ye system ki galti thi.",
        "Ye aapke bas ki baat nahi thi, network ki dikkat thi.", "Main jaldi kar deti hoon, bas do minute.",
        "थोड़ी देर में आपका रिफंड दिख जाएगा।");
  }

  @Test
  public void rudenessThatSaysTheWorldDoesNotTurnOnTheCustomer() {
    hi.finds(Act.DISCOURTESY, "Courier company aapki marzi se nahi chalti, sir.",
        "Aapko laga train aapke liye rukegi?", "Aapko lagta hai airline aapke hisaab se chalegi?",
        "पूरी दुनिया आपके एक पार्सल पर नहीं टिकी है।", "Ye bank hai, aapke ghar ka store room nahi.",
        "Ye koi sabzi ki dukaan nahi hai ki jab chaho mol-bhaav karo.", "बैंक ऐसे नहीं चलता, मैडम।",
        "Ab ye bhi main hi bataun?", "Har cheez mujhe hi dekhni padegi kya?", "Form maine bharna hai ya aapne?");
    hi.doesNotFind(Act.DISCOURTESY, "Aap chahein toh kal 5 baje ka slot chalega aapke hisaab se?",
        "Technician aapke ghar pe gaya tha par wahan koi nahi tha.", "Ye address hai aapke ghar ka, sahi hai na?",
        "Paas mein koi dukaan khuli ho toh wahan se recharge kar lijiye.", "Kya main aapke liye ye form bhar doon?");
  }

  @Test
  public void rudenessThatMocksTheCustomersTalkHabitsOrAbility() {
    hi.finds(Act.DISCOURTESY, "Apna bhashan band kijiye aur account number boliye.",
        "मुझे आपकी पूरी कहानी नहीं सुननी, टिकट नंबर बताइए।", "Roz nayi kahani banana band karo.",
        "Aap mail padhte bhi ho ya bas reply maarte ho?", "SMS padha bhi hai ya seedha call ghuma diya?",
        "Ab mujh pe kyun chilla rahe ho?", "Ab kyun hairaan ho rahe ho, sab likha tha.",
        "हर महीने फ़ोन घुमाने की आदत है, रोज़-रोज़ फ़ोन घुमाने की ज़रूरत नहीं।",
        "Pehle app chalana seekhiye, phir complaint kijiye.", "Ye sab aapke bas ka nahi hai, uncle.",
        "Ye toh aap Google se bhi pooch sakte the.", "Mera kya jaata hai, paisa aapka atka hai.",
        "Shikayat karni hai toh karo, rok kaun raha hai?", "Aapne PIN khud bataya aur ab humse pooch rahe ho?",
        "Tu ruk, pehle number bata.", "Boliye. Jaldi.", "Samjhe ya phir se bolun?");
    hi.doesNotFind(Act.DISCOURTESY, "Aap ye naya feature seekhiye, bahut kaam ka hai.",
        "Router ko on hi rehne dijiye, main line test kar rahi hoon.", "Toh pehle OTP bata dijiye.",
        "Mujhe aapki baat poori sunni hai, aap aaram se bataiye.", "Aap ek baar SMS padh lijiye, usme link hai.",
        "Aapko baar baar call karne ki zaroorat nahi padegi, main khud update dungi.",
        "कृपया अपना OTP किसी के साथ साझा न करें, यह आपकी सुरक्षा के लिए है।",
        "Sir, ye PIN kisi ko bhi mat bataiye, hamare staff ko bhi nahi.",
        "Shukriya sir, aap jaise customers se hi hum seekhte hain.");
  }

  @Test
  public void offersOnTheCustomersWishTogetherOrAsADuty() {
    hi.finds(Act.OFFER_HELP, "Aap chahein toh main abhi aapke saath form bhar deti hoon.",
        "अगर आप चाहें तो मैं आपको स्टेप बाय स्टेप समझा दूँ।", "Hum milke iska hal nikaal lenge.",
        "Chinta mat kijiye, saath milke sort kar lenge.", "Aapki sahayata karna hamara kartavya hai.",
        "बिल से जुड़ी किसी भी सहायता हेतु मैं यहाँ उपलब्ध हूँ।", "Form mein koi confusion ho toh mujhse pooch lijiye.",
        "Jo bhi ban padega, main karungi.", "मैं आपके साथ हर स्टेप पर चलूँगी।");
    hi.doesNotFind(Act.OFFER_HELP, "सहायता हेतु मैं आज उपलब्ध नहीं हूँ, कृपया कल आइए।",
        "Sir, aap chahe toh main kuch nahi kar sakti.", "Aapka refund process ho gaya hai.");
  }

  @Test
  public void veryIsNotTellInLatinLetters() {
    // bahut (very) and bataiye (tell) both key as bt
    hi.doesNotFind(Act.OFFER_HELP, "aapka sawal bahut achha hai", "Aapka sawal bohot sahi hai.");
    hi.finds(Act.OFFER_HELP, "aapka sawal bataiye");
    hi.finds(Act.APOLOGY, "bahut bahut sorry", "मुझे बहुत खेद है");
    // slave keys like solve (slw): a problem solved is no insult
    hi.doesNotFind(Act.DISCOURTESY, "Dhanyavaad, aapki problem solve ho gayi hai.", "Aapka issue solve ho gaya hai.");
    hi.finds(Act.DISCOURTESY, "Main aapka naukar nahi hoon.");
  }

  @Test
  public void timesThatPromiseNothing() {
    // stop talking for a minute, every few minutes, days gone without, waited or gone by
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Ek min zara chup rahiye, mujhe bolne dijiye.", "एक मिनट चुप रहिए, मुझे बोलने दीजिए।",
        "Ek minute madam, aap teen cheezein ek saath bol rahi hain.", "Aap har paanch minute mein call kar rahe ho.",
        "Chaar din bina phone ke rehna mushkil hai, samajh sakti hoon.", "आपका पैकेट तीन दिन गोदाम में पड़ा रहा, इसके लिए माफ़ी।",
        "दस दिन निकल गए, अब एक्सचेंज नहीं बनता।", "Aap bhi toh 15 din baad bill le ke aaye ho.");
    // an offer that ran out, a rule's window, the customer's own deadline, a departure
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Wo coupon parson khatam ho gaya tha.", "ये सेल कल रात खत्म हो गई।",
        "Ye deal aaj raat 11 baje expire ho rahi hai.", "72 ghante se pehle claim nahi banta.",
        "3 mahine baad aap naye card ke liye apply kar sakte hain.", "Aapki policy mein abhi 5 din baaki hain.",
        "Aap 10 din mein return ke haqdaar hain.", "Turant apna card block karwa dijiye.",
        "Is samay hum naya connection nahi de sakte.", "Agle din shaam wali train mein seat khaali hai.",
        "Booking ke 12 ghante ke andar cancel karne pe poora paisa milta hai.");
    // Latin-letter words that key like a time word: dena, dein, denge (din), dhyan, maanne (mahina), ho (hi)
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Koi dikkat ho toh mujhe message kar dena, main yahin hoon.",
        "Aap form de dein, main jama kar dunga.", "Form saath baith ke bhar denge.", "Aapki baat dhyan mein hai.",
        "Galti maanne mein koi burai nahi.", "Arre dude, ho jata hai.", "Technician ghar bheju?");
    hi.finds(Act.CONCRETE_TIMELINE, "Aapka refund 3 din mein aa jayega.", "Technician parson subah 10 baje aayega.",
        "48 ghante ke andar aapka paisa wapas aa jayega.", "दो दिन में पैकेट पहुँच जाएगा।",
        "Hum 2 ghante mein call karenge.", "Kal tak ho jayega.", "Ye kaam aaj hi ho jayega.", "Turant kar denge.",
        "Wo aapko aaj hi call karenge.", "Aapka card agle hafte aa jayega.",
        "Naya card 24 ghante se pehle nahi mil sakta.");
  }

  @Test
  public void hurryingAndSharedWorkAreNoVaguePromise() {
    hi.doesNotFind(Act.VAGUE_PROMISE, "Jaldi-jaldi bataiye, kya hua?", "Sabko jaldi hai, line mein rahiye.",
        "Aap jaldi mein hain, samajh sakti hoon.", "Aapki madad se kaam jaldi ho gaya.", "बताइए जल्दी, मेरे पास टाइम नहीं है।",
        "Ye baad mein dekhenge, pehle aapka password reset karti hoon.", "Aap pehle bill bhejiye, baaki baad mein.",
        "Apna pin code ek baar phir batayenge?", "Hum milkar koi raasta nikaal lenge.", "Dekh lenge milke, aap bataiye.",
        "Aap har baar ki tarah gussa kar rahe ho.", "Waah, bade jaldi jaag gaye aap.");
    hi.finds(Act.VAGUE_PROMISE, "Hum jaldi hi aapko call karenge.", "Hum ise dekh lenge.", "Hum koshish karenge.",
        "Aapka kaam jaldi ho jayega.", "Aap ki shikayat baad mein dekhenge.");
  }

  @Test
  public void questionsThatCheckNothingOrRestateNothing() {
    hi.doesNotFind(Act.CHECK_SATISFACTION, "Paisa parson tak aapke khate mein aa jayega.",
        "Agar aap hamare jawab se santusht nahi hain toh nodal officer ko email kar sakte hain.",
        "Teen din intezaar karna pada aapko, that's not okay.", "Kisi aur bank mein chale jaiye phir.",
        "Ab kuch kaam ki baat karenge ya nahi?", "Aaj kaise aana hua? Bataiye.", "Ab mujh pe kyun chilla rahe ho?");
    hi.finds(Act.CHECK_SATISFACTION, "Kya aap is hal se santusht hain?", "Sab theek chal raha hai na?");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Main yahan aapki madad ke liye hoon.",
        "Aap kyun sorry keh rahe hain, galti hamari hai.", "एक बार कन्फर्म कर लूं, क्या आपने ऐप अपडेट किया?",
        "एक बार कन्फर्म कर लूं, आपका पिन कोड कौनसा है?");
    hi.finds(Act.CONFIRM_UNDERSTANDING, "Yaani aap refund chahte hain?", "Aap keh rahe hain ki paisa do baar kata?",
        "एक बार कन्फर्म कर लूं, आपको रिफंड चाहिए?");
  }

  @Test
  public void quotedWordsOthersBusyAndPoliteRequestsAreNoRudeness() {
    hi.doesNotFind(Act.DISCOURTESY, "Aapne review mein 'ghatiya service' likha tha, hum sudhaar kar rahe hain.",
        "Manager sahab meeting mein busy hain, main aapki madad karti hoon.", "Parcel shaam tak nikal jayega.",
        "Aapko dobara nahi batana padega, sab note hai.", "Mujhe galat mat samajhiye, main bas niyam bata rahi hoon.",
        "Din bhar bina bijli ke rehna mushkil hai.");
    hi.finds(Act.DISCOURTESY, "Isme rona kya hai?", "Nahi na? To rakhiye.", "Haan haan, poori company galat hai.",
        "Ab iska jawab humse kyun?", "Mujhe kyun bol rahe ho, seller se baat karo.", "Jo karna hai karo, mujhe kya.",
        "Chashma lagake padhiye, sab likha hai.");
  }

  @Test
  public void aRuleWithAnotherOfferOrASellersMatterIsNoWeapon() {
    hi.doesNotFind(Act.POLICY_AS_WEAPON,
        "Ye chhoot sirf nayi SIM par hai, isliye aapke purane number par nahi lagegi — haan, aapke liye ek alag offer hai.",
        "Main isme kuch nahi kar sakta, ye aapke aur courier ke beech ka maamla hai.");
    hi.finds(Act.POLICY_AS_WEAPON, "Ye chhoot sirf nayi SIM par hai, isliye aapke purane number par nahi lagegi.",
        "Company ka rule hai, main kuch nahi kar sakta.");
  }

  @Test
  public void takeCareAsAGoodbyeAndOutOfMyHandsAreNoRudeness() {
    hi.doesNotFind(Act.DISCOURTESY, "धन्यवाद, अपना ध्यान रखिए।", "Shukriya sir, apna khayal rakhiyega.",
        "Apni sehat ka dhyan rakhna, ji.", "ये हमारे हाथ में नहीं है, सर, आपको बैंक से बात करनी होगी।",
        "Sorry sir, mere haath mein kuch bhi nahi hai, ye courier wale karte hain.");
    hi.finds(Act.POLICY_AS_WEAPON, "ये हमारे हाथ में नहीं है, सर, आपको बैंक से बात करनी होगी।");
  }

  @Test
  public void rudenessByGeneralConstructions() {
    // our time and other work, contacts counted, sarcasm, the whole organisation bent in jest
    hi.finds(Act.DISCOURTESY, "हमें और भी काम है, जल्दी बताइए।", "Mere paas saara din nahi hai, madam.",
        "Meri shift khatam hone wali hai, short mein boliye.", "Aaj ye paanchva call hai aapka.",
        "Aap 12 msg kar chuke ho ek hi baat ke.", "Itne mahine baad? Bahut jaldi jaag gaye aap.",
        "Kya research ki hai aapne, mazaa aa gaya.", "Ab poora dosh company ka, wah.",
        "कल से पूरी कंपनी आपकी मर्ज़ी से चलेगी।", "Aapke liye airline apna poora schedule badal degi.");
    // intelligence, age, language and schooling held against the customer
    hi.finds(Act.DISCOURTESY, "To OTP wala step kaise miss ho gaya?", "Ab aap mujhe billing samjhaoge?",
        "Ye smartphone aapki umar walon ke bas ka nahi.", "Rehne dijiye, ye aapse nahi hoga.",
        "Aapki bhasha se hi spasht hai ki aap jhagda chahte hain.", "Dhang ki Hindi mein baat kijiye.",
        "Pehle apni angrezi sudhaariye.", "Time management naam ki bhi koi cheez hoti hai.",
        "Ek kaan se suna, doosre se nikaal diya aapne.", "Ye silly sawal mat poochiye.");
    // dismissals, orders and threats
    hi.finds(Act.DISCOURTESY, "Kripya karyalay ka samay barbaad na karein.", "Ye sab humari zimmedari thodi hai.",
        "Courier ka jawab main kyun doon?", "Kisi aur company ka connection le lo phir.",
        "Khud hi dhoondh lo, sab app mein hai.", "Dobara nahi bataungi.", "Awaaz neeche kijiye, main sun rahi hoon.",
        "Cheekhna band kijiye.", "Thoda practical baniye sir.", "Nobody is forcing you to stay with us.",
        "Koi pahad nahi toot gaya, ek din late hai bas.", "मीटर आपके घर में थोड़ी लगेगा, खंभे पे लगेगा।",
        "Aap consumer forum jao ya kahin bhi, ye nahi badlega.", "Reception pe baithe hain to sabka theka nahi liya.",
        "Muft mein kaun badlega?", "Yahan aise hi chalta hai.", "Aadat daal lijiye.",
        "Ye bank aapki suvidha ke anusaar nahi chalta.", "Aapke liye alag se niyam nahi banenge.",
        "Manager bhi wahi bolenge jo main bol rahi hoon.", "Phone utha liya karo.", "Pehle poora message padho.",
        "Thanda dimaag rakho.", "Ghadi dekhi hai aapne?");
    // blame: "you should have", counterfactuals, "I just told you", "what did you expect"
    hi.finds(Act.DISCOURTESY, "Agli baar order karne se pehle soch lena.", "आपने फ़ॉर्म में नंबर अधूरा भरा था।",
        "Ye aapki hi bhool thi.", "Aap sochte kaise ho?", "Aapne ek baar bhi nahi socha?", "Aap sunna hi nahi chahte.",
        "Aapko kya laga tha, free mein milega?", "Ab kis baat ke paise maang rahe ho?", "Kitna ghumaoge baat ko?",
        "Abhi to bataya tha, phir se?");
  }

  @Test
  public void politeLookAlikesOfTheGeneralRudeConstructions() {
    hi.doesNotFind(Act.DISCOURTESY, "Ye aapka chautha call hai, iske liye maafi chahti hoon.",
        "Aapka loan approve ho gaya? Wah, badhai ho!", "Humse ye payment kaise miss ho gayi? Main check karti hoon.",
        "Aapki bhasha se lag raha hai aap Bengali hain, kya main Bangla mein baat karun?",
        "Is naam ki koi cheez hamare system mein nahi hai.",
        "Line pe wait karke apna samay barbaad na karein, hum call back karenge.", "Kaam thoda baaki hai, 5 minute dijiye.",
        "Hamse ladne ki zarurat nahi, hum aapke saath hain.",
        "Hum pehle check karte to ye sthiti na aati, maafi chahte hain.",
        "Humne ek baar bhi nahi socha ki aapko kitni dikkat hui.",
        "Aapne abhi to bataya tha ki order do baar aaya, main dekh rahi hoon.",
        "Roz app check karne ki aadat daal lijiye, fayda hoga.", "Ye koi naya bahana nahi hai, sach mein delay hua.",
        "Ye koi silly question nahi hai, bilkul poochiye.", "Agar aap chahein to is number ko spam ke liye flag kar denge.",
        "Awaaz kam kijiye, speaker se goonj aa rahi hai.", "Aapse ek rupaya tak nahi liya jayega.",
        "Aapke liye hamare paas poora din hai, aaram se bataiye.", "Thodi fees lagegi, 20 rupaye.",
        "Mere thode sawaal hain, bas do minute.", "Ho sakta hai parcel ghar mein hi kahin rakha ho, ek baar dekh lijiye.",
        "Aapke siwa kisi ko OTP nahi pata hona chahiye.", "Kis baat ka refund chahiye aapko, bata dijiye?",
        "Rider ka call utha liya kijiye, woh rasta poochega.", "Aapne bilkul dhang ki baat kahi.",
        "Agar reply nahi aaya ya chat band ho gayi to email kijiye.", "Upar scroll karke dekhiye, link wahan hai.",
        "Graduate ho na aap? To aapko ye scholarship mil sakti hai.", "Sach mein? Ye toh bahut achhi khabar hai!",
        "Agli baar se aapko ye takleef nahi hogi.", "Main aage se dhyan rakhungi, sorry.");
  }

  @Test
  public void aSeniorWhoTakesOverJoinsOrIsCalled() {
    hi.finds(Act.ESCALATION, "Mere senior aapka case personally handle karenge.",
        "Team lead is call pe abhi join kar rahe hain.", "Manager chahiye aapko? Theek hai, main bulati hoon.",
        "Is refund ke liye manager ka approval chahiye, isliye case unhe transfer kar rahi hoon.",
        "मेरे सुपरवाइज़र इसे हैंडल करेंगे।", "Manager isi chat pe join karenge.");
    hi.doesNotFind(Act.ESCALATION, "Manager abhi chutti par hain, main hi aapki madad karti hoon.",
        "Mahanagar Gas se Rekha bol rahi hoon, bataiye kya madad karun?");
  }

  @Test
  public void weWillGetItDone() {
    hi.finds(Act.OFFER_HELP, "Koi baat nahi, main karwa deti hoon, bas order ID bhejiye.",
        "अभी करवा देता हूँ, आप चिंता मत कीजिए।", "Bataiye kya mangwana hai, karwa deta hoon.",
        "Jab bhi zarurat ho msg kar dena, help kar denge.", "Ye plan chahiye to abhi kar doon?",
        "Bata dijiye kya dikkat hai, aaj hal kiye bina phone nahi rakhungi.");
    hi.doesNotFind(Act.OFFER_HELP, "Main karwa deta, lekin system abhi band hai.", "Reply karo ya chat band kar doon?");
  }

  @Test
  public void aWaitAskedPolitelyOrSomeoneElsesWaitingIsNoCurtOrder() {
    hi.finds(Act.DISCOURTESY, "Chupchaap wait karo.", "Aap wait karo bas.", "Kahin aur jaake complaint karo.",
        "Kahi aur se le lo.", "कहीं और जाकर शिकायत करो।");
    hi.doesNotFind(Act.DISCOURTESY, "Thoda wait kar lijiye, main check karti hoon.", "Please 2 minute wait kariye.",
        "Rider aapka wait kar rahe hain.", "Main line par wait kar rahi hoon.", "थोड़ा इंतज़ार कर लीजिए।",
        "Koi aur query ho to humein call karo.", "Koi aur sawal ho to message kar dijiye.");
  }

  @Test
  public void routineOperationalTalkIsNoRegretOfferTimelineOrRestatement() {
    hi.doesNotFind(Act.APOLOGY, "Main aapki building ke gate pe khada hoon.", "मैं गेट के बाहर खड़ा हूँ।",
        "Rider gate pe khade hain.");
    hi.finds(Act.APOLOGY, "Humein khed hai ki aapko pareshani hui.");
    hi.doesNotFind(Act.OFFER_HELP, "Tension mat lijiye, aapka payment successful dikh raha hai.");
    hi.finds(Act.OFFER_HELP, "Chinta mat kijiye, main dekh leti hoon.", "Kahiye, aapki kaunsi seva karun?");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Branch shaam 4 baje tak khuli rehti hai, shanivar ko bhi.",
        "Raat 9 baje tak jawab milta hai.", "Verification mein 10 minute lage the.");
    hi.finds(Act.CONCRETE_TIMELINE, "Refund mein do se teen din lagte hain.", "Hum aapko raat 9 baje tak call karenge.");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "मैं आपका टिकट नंबर दोहरा देता हूँ — टी के पांच एक।", "Yaani kaam ho gaya.");
    hi.finds(Act.CONFIRM_UNDERSTANDING, "Main aapki samasya dohra deti hoon: router do din se band hai.");
    hi.doesNotFind(Act.VAGUE_PROMISE, "Jaldi neeche aa jaiye please.",
        "Baaki rakam agle bill mein adjust ho jayegi.");
    hi.finds(Act.VAGUE_PROMISE, "Mistri aa jayega, aap fikar mat kijiye.");
    hi.finds(Act.CHECK_SATISFACTION, "Restart karke bataiyega ki speed mein farak pada ya nahi.",
        "Aapki samasya hal ho gayi ho to bata dijiye.");
  }

  @Test
  public void curtLinesAboutWhereToAskAndHowToWriteAreStillCurt() {
    hi.finds(Act.DISCOURTESY, "Ye humse kya pooch rahe ho?", "Bijli ki shikayat humse mat karo.",
        "Naam dhang se likho.", "Message pe likha hai, padhte kyun nahi?", "Time nahi hai, baad mein aana.",
        "Baar baar msg band karo.", "So don't blame me.");
    hi.doesNotFind(Act.DISCOURTESY, "Naam dhyan se likh dijiye please.", "Aap humse kuch bhi pooch sakte hain.",
        "Is slot mein abhi time available nahi hai, kal ka de doon?");
  }

  @Test
  public void sarcasmMockeryAndRemarksOnTheCustomersMindAreRude() {
    hi.finds(Act.DISCOURTESY, "ab kya main nachun yahan?", "Kuch bhi.", "kya aaj pura din mere saath hi bitaoge?",
        "कोई आपकी गाड़ी रुकी है क्या इसके बिना?", "ye koi mazaak hai kya, paanch baar wahi form?",
        "Is this a race, madam?", "Aur kya hukm hai huzoor ka?", "dimaag kahan rehti hai aapki?",
        "itni simple cheez bheje mein nahi ghus rahi?", "padhi likhi lagti ho, phir bhi galat IFSC daala",
        "I'm not a mind reader, ma'am.", "Mera beta bhi ye form kar leta, aap se nahi hua?",
        "muft ka maal samajh rakha hai kya?", "refund bhi youtube se hi le lo", "I am not your watchman, sir.");
    hi.doesNotFind(Act.DISCOURTESY, "Aapka refund kuch bhi ho, 5 din mein aa jayega.",
        "Aapki shaadi ke liye shubhkaamnayein, order time pe pahunchega.", "Aap kahan se bol rahe hain?",
        "Aapka beta bhi app se booking kar sakta hai, main link bhej deti hoon.", "Google Pay se bhi payment ho jayega.",
        "Aapka card ban nahi hua, safe hai.");
  }

  @Test
  public void reproofsAboutLastTimeRepeatsAndHurryAreRude() {
    hi.finds(Act.DISCOURTESY, "jaisa maine abhi abhi bola, refund 5 din mein aayega", "Again.",
        "you didn't read my message properly", "ek baar app khol kar to dekho", "Is baar theek se bhariye form.",
        "aap phir se password bhool gaye kya", "aaj phir galat address daal diya kya aapne?",
        "phir wahi refund wali kahani hogi aapki", "aap wahi wali ho na jo har hafte return daalti ho?",
        "do ghante kha gaye aap ek form mein", "Batao kya hai, jaldi karo", "Jaiye.", "चौथी बार आप यही पूछ रहे हैं",
        "नोट्स बना लो", "kitni baar same cheez likhoge, ek baar mein samjho");
    hi.doesNotFind(Act.DISCOURTESY, "Is baar aapka refund main khud track karungi.",
        "Pichli baar ki tarah is baar bhi main aapko call karungi.",
        "Aap phir se login kar lijiye, password reset ho gaya hai.", "Maine abhi aapko SMS bheja hai, ek baar check kar lijiye.",
        "Bataiye kya chahiye, main jaldi hi kar deti hoon.", "आप बैठ जाइए, मैं पानी मंगवाती हूँ।",
        "Kripya notes section mein apna address likh dijiye.");
  }

  @Test
  public void ordersNotToCallArgueOrBargeInAndFormalReproofsAreRude() {
    hi.finds(Act.DISCOURTESY, "लाइन मत रोकिए, और लोग भी हैं", "har din call karke mat pareshan karo",
        "आगे से इस नंबर पर कॉल मत करना", "mujhse kyun jhagad rahe ho?", "why are you asking me about seller issues?",
        "courier wale ko pakdo", "argue karke kuch nahi milega", "zyada mat bano", "BP mat badhao madam",
        "लाइन तोड़ के आगे मत आइए", "विभाग को गुमराह मत कीजिए।", "आपकी नासमझी का नुकसान बैंक क्यों उठाए?");
    hi.doesNotFind(Act.DISCOURTESY, "Line pe bane rahiye, main check kar rahi hoon.",
        "Aap kal call kar lijiye, tab tak ho jayega.", "Zyada paise mat dijiye, sirf 49 rupaye lagenge.",
        "आगे से आप ऐप से भी शिकायत कर सकते हैं।", "Main aapki security ke liye account block kar rahi hoon.",
        "Aapki line toot gayi thi, maine call back kiya.");
  }

  @Test
  public void shortOffersToDoItAndStandingByAreOffers() {
    hi.finds(Act.OFFER_HELP, "Main aapka form bhar doon?", "Ye setting main abhi badal sakti hoon, kar doon?",
        "aapke liye hi yahan hoon, bataiye", "kya karna hai bataiye, main kar deti hoon",
        "kuch bhi zarurat ho toh awaaz laga dena", "Bataiye kaunsa kaam karwa dein aaj?",
        "रहने दीजिए, मैं ही फॉर्म भर देती हूँ।");
    hi.doesNotFind(Act.OFFER_HELP, "Customer ne likha tha 'kya main form bhar doon?' par usne details nahi di.",
        "Ye kaam main nahi kar sakti, main kya karun?", "Maine aapka form bhar diya tha kal.",
        "kya karna hai ye aapko app mein likha milega.", "Zarurat ho toh branch jaake awaaz uthaiye.");
  }

  @Test
  public void timesOfRecordsHoursAgesAndValidityAreNoTimeline() {
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "कूरियर ने पैकेट कल शाम 6:20 पर रिसेप्शन पर दे दिया गया था।",
        "Technician ne app mein 15 minute likha tha.", "Aapne Friday subah ko call kiya tha na?",
        "Sunday ko half day hai, counter jaldi band hota hai.", "Pharmacy roz subah 8 baje khul jaati hai.",
        "Counselling ke slot 10:00 se 1:00 tak hote hain.", "Mera bhai 5 saal ka hai.",
        "Ye voucher 30 जून तक ही चलेगा।", "Pension 58 saal se upar walon ko milti hai.",
        "Bill generate hone ke 15 din baad due date aati hai.", "Check-in 2 baje hai, check-out 11 baje.",
        "Aapko claim ke liye 90 din milte hain.");
    hi.finds(Act.CONCRETE_TIMELINE, "Engineer kal shaam 5 baje tak aa jayega.", "Refund 3 din mein aa jayega.",
        "आपका कार्ड 30 जून तक पहुँच जाएगा।");
  }

  @Test
  public void whetherItWorksNowAskedAfterTheStepChecksSatisfaction() {
    hi.finds(Act.CHECK_SATISFACTION, "नया पासवर्ड डालने के बाद इंटरनेट चल रहा है क्या?",
        "App update करने के बाद payment हो पा रहा है?", "bhai ab calls lag rhi h??", "ये वाला स्टेप करने से बात बनी?",
        "Kya yeh arrangement aapke liye theek hai?", "refund aapke account mein reflect ho gaya?",
        "Kal jo naya tiffin bheja tha woh theek tha?", "ठीक हो जाए तो बता दीजिएगा।",
        "एक बार चेक करके बताइएगा कि पैसे मिल गए या नहीं।");
    // asking how things stand before any fix, or what the customer did, checks nothing
    hi.doesNotFind(Act.CHECK_SATISFACTION, "क्या आपका इंटरनेट चल रहा है?", "Aapne router restart karne ke baad kya kiya?",
        "बिल भरने के बाद आप कहाँ जा रहे हैं?");
  }

  @Test
  public void aFaultOwnedOrDeniedAndQuestionsWelcomedAreNoRudeness() {
    hi.doesNotFind(Act.DISCOURTESY, "Sorry sir, our fault, aapki seat double book ho gayi thi.",
        "यकीन मानिए, हम यह नहीं कह रहे कि गलती आपकी है।", "aap kitni baar bhi pucho mam, koi dikkat nahi",
        "Shaam 6 baje tak line chalu ho jani chahiye.", "जन्म प्रमाण पत्र की कॉपी खिड़की नंबर 3 पर मिलती है, वहाँ लाइन में लग जाइए।");
    hi.finds(Act.DISCOURTESY, "लाइन में लगिए, सबको जल्दी है।");
    hi.finds(Act.DISCOURTESY, "गलती आपकी है, हमारी नहीं।", "kitni baar bataun?", "jahan chahen jaiye", "galti aapki hai",
        "Sorry for the delay, but honestly aap bhi toh 10 din baad documents le ke aaye ho.");
  }

  @Test
  public void scornFromTheTwentiethRoundsWritersIsDiscourtesy() {
    hi.finds(Act.DISCOURTESY, "सर, यह कोई रॉकेट साइंस नहीं है।", "sir aapka 2 din late hua h parcel, koi duniya khatam nahi hui",
        "haan to? 2 din late hua to kya duniya khatam ho gyi", "Ye sab drama band kijiye.", "aap koi special nahi ho",
        "अब मुझसे argue करने का कोई फायदा नहीं।", "Isme bhi help chahiye aapko?", "unse hi sar khapaiye ab",
        "toh ab aap humein sikhayenge insurance kaise kaam karta hai?", "FYI, ye hum 4th time bata rahe hain.",
        "aapko pehle bhi 3 baar inform kiya ja chuka hai", "ये roz-roz का follow up बंद कीजिए।",
        "Sir tweet karke koi faayda nahi hoga", "हमारे यहाँ चमत्कार नहीं होते मैडम", "ये सर्विस सेंटर है, धर्मशाला नहीं");
    hi.doesNotFind(Act.DISCOURTESY, "Chinta mat kijiye, duniya ki koi bhi problem ho, hum hain.",
        "Aap special customer hain hamare liye.", "Agar isme bhi help chahiye to bataiye.",
        "Hum aapko app use karna sikha denge.", "Aapki tweet ke liye shukriya, hum jaldi reply karenge.");
  }

  @Test
  public void rudenessQuotedToApologiseForItIsNone() {
    hi.doesNotFind(Act.DISCOURTESY,
        "sir maine suna ki counter pe aapko bola gaya 'aap log samajhte nahi' — ye bilkul galat tha, main maafi maangta hu.",
        "मेरे सहकर्मी ने कहा “ये आपकी समस्या है” — ऐसा हमें कभी नहीं कहना चाहिए था।");
    hi.finds(Act.APOLOGY,
        "sir maine suna ki counter pe aapko bola gaya 'aap log samajhte nahi' — ye bilkul galat tha, main maafi maangta hu.");
    hi.finds(Act.DISCOURTESY, "aap log samajhte nahi", "ये आपकी समस्या है, हमारी नहीं।");
  }

  @Test
  public void scornFromTheTwentyFourthRoundsWriterIsDiscourtesy() {
    hi.finds(Act.DISCOURTESY, "अरे बाबूजी, पढ़ना आता है ना? बोर्ड पे साफ़ लिखा है।",
        "hum baar baar SMS bhejte h fir bhi aap log nahi sudharte", "बोर्ड नहीं पढ़ा क्या?",
        "isme company ki koi galti nahi", "आपकी समस्या आपकी है, हमारा सिस्टम बिल्कुल सही चल रहा है।",
        "ध्यान से बटन दबाया कीजिए।", "आप पता सही लिखते तो ये होता ही नहीं।",
        "isse toh bhagwan bhi na dhoondh paaye", "फ़्लाइट आपका इंतज़ार नहीं करेगी।", "कूरियर वाले से लड़िए जाकर।",
        "ab please har ghante mail mat kijiyega", "गाँव से आए हो क्या?", "Ma'am, half an hour late hi toh hua, world end nahi ho gaya.");
    hi.doesNotFind(Act.DISCOURTESY, "इसमें आपकी कोई गलती नहीं है, हम अभी ठीक कर देते हैं।",
        "कृपया फ़ॉर्म ध्यान से भरिए, हर खाना ज़रूरी है।", "हम हर घंटे आपको अपडेट भेजेंगे।");
  }

  @Test
  public void nowItWorksDoesntItChecksTheFixAndRestatesNothing() {
    hi.finds(Act.CHECK_SATISFACTION, "ab net theek hai na?", "अब सब ठीक है ना?", "Ab app sahi chal raha hai na?");
    hi.doesNotFind(Act.CONFIRM_UNDERSTANDING, "ab net theek hai na?", "अब सब ठीक है ना?", "Ab app sahi chal raha hai na?");
    hi.finds(Act.CONFIRM_UNDERSTANDING, "मतलब आपको पुराना कार्ड बंद करवाकर नया चाहिए, है ना?");
  }

  @Test
  public void timesAndMonthsTypedTheEnglishWay() {
    hi.finds(Act.CONCRETE_TIMELINE, "aaj 7 pm tak aa jayega.", "kal 10 am tak ho jayega", "refund 5 Jan tak aa jayega");
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Ye transaction 5 January ko hua tha",
        "Aapki shikayat dinank 3 February ko praapt hui thi", "hamari branch 9 am se 5 pm tak khuli hai");
  }

  @Test
  public void doneNowOrTheSolutionWorkedAskedIsACheckButStillNotDoneIsNot() {
    hi.finds(Act.CHECK_SATISFACTION, "ab payment ho gaya kia? batana jarur", "अब रिचार्ज हो गया?",
        "Kya mere dwara bataya gaya solution aapke kaam aaya?", "क्या बताया गया तरीका काम आया?");
    hi.doesNotFind(Act.CHECK_SATISFACTION, "ab tak refund nahi hua?", "अभी तक ठीक नहीं हुआ?");
  }

  @Test
  public void theTeamLookingIntoItWithNoTimeIsAVaguePromise() {
    hi.finds(Act.VAGUE_PROMISE, "टीम देख रही है, चिंता न करें", "technical team dekh rahi hai");
  }

  @Test
  public void aRefusalThatNamesNoRuleIsNoPolicyAsWeapon() {
    hi.doesNotFind(Act.POLICY_AS_WEAPON, "Sorry, ye kaam hum nahi kar sakte.");
    hi.finds(Act.POLICY_AS_WEAPON, "Company ka rule hai, ye kaam hum nahi kar sakte.");
  }

  @Test
  public void aNameTypedInLatinLettersIsSpelledWithItsVowels() {
    DetectionAssertions neha = new DetectionAssertions("hi", "Neha", "Flipkart");
    neha.doesNotFind(Act.OWN_NAME, "We regret, lekin return accept nahi hota, ye Flipkart ki policy hai");
    neha.finds(Act.OWN_NAME, "Hi, Neha here", "main neha bol rahi hu", "मैं नेहा बोल रही हूँ");
    new DetectionAssertions("hi", "Sneha", "Airtel").doesNotFind(Act.OWN_NAME, "Madam pehle aap meri baat suniye");
  }

  @Test
  public void stillNotWorkingThenTellUsIsACheck() {
    hi.finds(Act.CHECK_SATISFACTION, "आपकी प्रॉब्लम सॉल्व हुई या अभी भी डेटा नहीं चल रहा?",
        "अगर आपकी समस्या अभी भी बनी हुई है तो कृपया हमें बताएं।", "Agar phir bhi OTP nahi aaye toh batana");
    hi.finds(Act.CONFIRM_UNDERSTANDING, "रिचार्ज दो बार डिडक्ट हुआ है न, यही इश्यू है?");
  }

  @Test
  public void everydayTalkInACallIsNoCheckNoChoiceNoApologyAndNoRudeness() {
    hi.doesNotFind(Act.CHECK_SATISFACTION, "पॉलिसी संख्या 112345678, पॉलिसीधारक श्रीमती सरला देवी। क्या यह विवरण ठीक है?");
    hi.doesNotFind(Act.ASK_PREFERENCE,
        "Bank ki taraf se transaction pending hai. 48 ghante me ya to receiver ko credit ho jayega ya aapke account me wapas aa jayega.");
    hi.doesNotFind(Act.APOLOGY, "Croma ki payment aapke credit card par do baar lagi hai, yahi issue hai na?");
    hi.doesNotFind(Act.DISCOURTESY, "उसके बाद फिर ओटीपी डालिए। ओटीपी किसी को मत बताइएगा, मुझे भी नहीं।");
    // the customer blamed for what they should have kept, as for what they should have read
    hi.finds(Act.DISCOURTESY, "आपको फ़ोन चालू रखना चाहिए था", "aapko phone on rakhna chahiye tha");
    hi.doesNotFind(Act.DISCOURTESY, "aapko password safe rakhna chahiye");
    hi.doesNotFind(Act.OFFER_HELP, "एक मिनट होल्ड कीजिए, मैं चेक कर लेती हूँ", "Line par rahiye, main dekh leta hoon");
    // kal is yesterday too: a cause yesterday is no promise
    hi.doesNotFind(Act.CONCRETE_TIMELINE, "Lagta hai dish ki alignment hil gayi hai, shayad kal ki aandhi ki wajah se.");
    hi.finds(Act.CONCRETE_TIMELINE, "Technician kal aayega");
  }
}
