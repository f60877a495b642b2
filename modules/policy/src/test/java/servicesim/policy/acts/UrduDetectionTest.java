package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Repo;

public class UrduDetectionTest extends JUnitSuite {

  private final DetectionAssertions ur = new DetectionAssertions("ur", "علی", "اسٹار الیکٹرانکس");

  @Test
  public void aLineThatDoesNotWorkIsNoShoutingAndARemarkQuotedIsNotTheAgents() {
    ur.doesNotFind(Act.DISCOURTESY, "Shaam 6 ke baad bhi net na chale to dobara rabta kijiye ga.",
        "آپ نے بتایا کہ پچھلی کال پر نمائندے نے آپ سے کہا 'یہ آپ کا مسئلہ ہے، ہمارا نہیں'، اس کے لیے معذرت۔");
    ur.finds(Act.DISCOURTESY, "Mat chillao, main sun raha hun.", "یہ آپ کا مسئلہ ہے، ہمارا نہیں۔");
    // said again because the agent was unclear
    ur.doesNotFind(Act.DISCOURTESY,
        "شاید میں نے جلدی میں بتایا اور بات واضح نہیں ہوئی، دوبارہ بتا دیتا ہوں، شکایت نمبر ہے چار چار آٹھ ایک");
  }

  @Test
  public void policyExamplesAreDetected() {
    ur.finds(Act.OWN_NAME, "اسٹار الیکٹرانکس میں فون کرنے کا شکریہ، میں علی بات کر رہا ہوں۔");
    ur.finds(Act.ORG_NAME, "اسٹار الیکٹرانکس میں فون کرنے کا شکریہ، میں علی بات کر رہا ہوں۔");
    ur.finds(Act.OFFER_HELP, "آج میں آپ کی کیا مدد کر سکتا ہوں؟");
    ur.finds(Act.APOLOGY, "اس پریشانی کے لیے میں بہت معذرت خواہ ہوں۔");
    ur.finds(Act.CONFIRM_UNDERSTANDING, "صرف تصدیق کے لیے، آپ کو نیا یونٹ اور رقم کی واپسی دونوں چاہئیں، ٹھیک ہے نا؟");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "یہ ہماری غلطی ہے — ویب سائٹ پر قیمت غلط درج تھی۔");
    ur.finds(Act.ASK_PREFERENCE, "آپ یہ معاملہ کیسے حل کروانا چاہیں گے؟");
    ur.finds(Act.CHECK_SATISFACTION, "کیا آپ اس حل سے مطمئن ہیں؟");
    ur.finds(Act.ANYTHING_ELSE, "کیا میں آپ کی کچھ اور مدد کر سکتا ہوں؟");
    ur.finds(Act.POLICY_AS_WEAPON, "معذرت، میں اس سے زیادہ کچھ نہیں کر سکتا، یہ کمپنی کی پالیسی ہے۔");
    ur.finds(Act.DISCOURTESY, "آپ ٹھنڈے ہو جائیں۔", "یہ میرا مسئلہ نہیں ہے۔");
    // seed 002: the company will "look into the problem" and "contact soon"
    ur.finds(Act.VAGUE_PROMISE, "کمپنی مسئلہ میں نظر آئیں گی۔", "ہم جلد ہی آپ سے رابطہ کریں گے۔");
    ur.finds(Act.CONCRETE_TIMELINE, "جمعہ کو دوپہر بارہ بجے تک رقم واپس ہو جائے گی۔", "تین کاروباری دنوں کے اندر");
    ur.finds(Act.ESCALATION, "میں اپنے سپروائزر کو بلاتا ہوں۔");
  }

  @Test
  public void agentIntroducesThemselvesAndTheOrganisation() {
    ur.finds(Act.OWN_NAME, "السلام علیکم، میرا نام علی ہے۔", "جی، آپ کی کال علی نے لی ہے۔",
        "علی بول رہا ہوں، فرمائیے۔", "عَلی");
    ur.finds(Act.ORG_NAME, "آپ کا اسٹار الیکٹرانکس سے رابطہ کرنے کا بہت شکریہ!",
        "یہ اسٹار الیكٹرانكس کی ہیلپ لائن ہے۔", "اسٹار الیکٹرانکس، ملتان برانچ سے بات ہو رہی ہے۔");
    ur.doesNotFind(Act.OWN_NAME, "علیحدہ ای میل بھیج دیں۔");
  }

  @Test
  public void offersOfHelpAreDetected() {
    ur.finds(Act.OFFER_HELP,
        "آج میں آپ کی کس طرح مدد کر سکتی ہوں؟",
        "جی بتائیے، ہم آپ کی کیا خدمت کریں؟",
        "آپ کی مدد کرنا میرے لیے خوشی کی بات ہوگی۔",
        "کیا آپ کو کسی قسم کی مدد درکار ہے؟",
        "میں یہاں آپ کی مدد کے لیے موجود ہوں۔",
        "ميں آپ كى كيا مدد كرسكتا ہوں؟",
        "آپ کس سلسلے میں تشریف لائے ہیں؟");
    ur.doesNotFind(Act.OFFER_HELP, "یہ ویڈیو آپ کے لیے مددگار ثابت ہوگی۔", "ہماری خدمات کی فہرست ویب سائٹ پر ہے۔");
  }

  @Test
  public void apologiesAreDetected() {
    ur.finds(Act.APOLOGY,
        "اس ساری پریشانی پر میں دل کی گہرائیوں سے معذرت چاہتی ہوں۔",
        "ہمیں واقعی افسوس ہے کہ آپ کو انتظار کرنا پڑا۔",
        "تاخیر کے لیے ہم آپ سے معافی کے خواستگار ہیں۔",
        "معاف کیجیے گا، یہ غلطی دوبارہ نہیں ہوگی۔",
        "سوری! آپ کو بہت زحمت ہوئی۔",
        "ہم شرمندہ ہیں، ایسا نہیں ہونا چاہیے تھا۔");
  }

  @Test
  public void restatementsToConfirmUnderstandingAreDetected() {
    ur.finds(Act.CONFIRM_UNDERSTANDING,
        "بس یہ یقینی بنانے کے لیے کہ میں صحیح سمجھی: آپ کو نیا سیٹ اور رقم کی واپسی دونوں چاہئیں؟",
        "اگر میں ٹھیک سمجھ رہا ہوں تو آپ کا چارجر کام نہیں کر رہا۔",
        "مطلب آپ یہ کہہ رہے ہیں کہ ڈبہ پہلے سے کھلا ہوا تھا؟",
        "ایک بار کنفرم کر لوں، آپ کا آرڈر نمبر ۴۵۶۷ ہے؟",
        "تو آپ ایکسچینج چاہ رہے ہیں، صحیح ہے نا؟",
        "اگر میں غلط نہیں ہوں تو آپ نے یہ پچھلے ہفتے خریدا تھا۔");
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING, "جی ہاں، آپ نے صحیح سمجھا۔", "میں سمجھ سکتا ہوں کہ آپ پریشان ہیں۔");
  }

  @Test
  public void acceptingResponsibilityIsDetected() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "غلطی سراسر ہماری ہے، ویب سائٹ پر قیمت غلط لکھی گئی تھی۔",
        "یہ ہماری کوتاہی تھی کہ آپ کو اطلاع نہیں دی گئی۔",
        "ہم سے چوک ہو گئی، اس کی ذمہ داری ہم لیتے ہیں۔",
        "ہمیں آپ کو پہلے ہی بتا دینا چاہیے تھا۔");
    // "not your fault" alone admits nothing of the organisation's
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "یہ ہماری غلطی نہیں ہے۔", "ہم اس کے ذمہ دار نہیں ہیں۔",
        "اس میں آپ کی کوئی غلطی نہیں، آپ نے کچھ غلط نہیں کیا۔");
  }

  @Test
  public void questionsAboutThePreferredResolutionAreDetected() {
    ur.finds(Act.ASK_PREFERENCE,
        "آپ اس معاملے کو کس طرح حل کروانا پسند کریں گے؟",
        "آپ کے لیے کون سا آپشن بہتر رہے گا، ریفنڈ یا نیا فون؟",
        "آپ بتائیں، آپ کیا چاہتی ہیں کہ ہم کریں؟",
        "کیا آپ نیا یونٹ لینا پسند فرمائیں گے یا رقم واپس؟",
        "ہم اس نقصان کی تلافی کیسے کریں؟");
  }

  @Test
  public void satisfactionChecksAreDetected() {
    ur.finds(Act.CHECK_SATISFACTION,
        "کیا آپ اس انتظام سے مطمئن ہیں؟",
        "کیا یہ حل آپ کے لیے ٹھیک رہے گا؟",
        "امید ہے اب آپ کی تسلی ہو گئی ہوگی؟",
        "یہ طریقہ آپ کو مناسب لگا؟",
        "کیا اب آپ کا مسئلہ حل ہو چکا ہے؟");
  }

  @Test
  public void closingQuestionsAreDetected() {
    ur.finds(Act.ANYTHING_ELSE,
        "کیا کوئی اور مسئلہ ہے جس میں میں آپ کی مدد کر سکوں؟",
        "اس کے علاوہ کچھ اور پوچھنا چاہیں گے؟",
        "کیا آپ کا کوئی اور سوال ہے؟",
        "اور کوئی خدمت ہو تو حکم کیجیے۔",
        "اور کچھ؟");
    ur.doesNotFind(Act.ANYTHING_ELSE, "ریفنڈ میں کچھ اور دن لگیں گے۔", "مجھے آپ سے کچھ اور معلومات چاہئیں۔");
  }

  @Test
  public void hidingBehindPolicyIsDetected() {
    ur.finds(Act.POLICY_AS_WEAPON,
        "میں اس سے زیادہ کچھ نہیں کر سکتی، یہ ہماری پالیسی ہے۔",
        "ہمارے قواعد کے مطابق کھلا ہوا سامان واپس نہیں ہو سکتا۔",
        "کمپنی کے اصول اس کی اجازت نہیں دیتے۔",
        "یہ ہمارے رولز کے خلاف ہے، ہم مجبور ہیں۔",
        "اصول تو اصول ہیں۔",
        "میرے ہاتھ بندھے ہوئے ہیں۔");
  }

  @Test
  public void discourtesyIsDetected() {
    ur.finds(Act.DISCOURTESY,
        "پہلے آپ ٹھنڈے ہو جائیں پھر بات کریں۔",
        "یہ ہمارا درد سر نہیں ہے۔",
        "یہ تو آپ کی اپنی غلطی ہے۔",
        "آپ کو خریدنے سے پہلے دیکھنا چاہیے تھا۔",
        "کتنی بار سمجھاؤں آپ کو؟",
        "آپ تو بالکل بےوقوفوں والی بات کر رہے ہیں۔",
        "کیا آپ کو سمجھ نہیں آتی؟",
        "چیخنا بند کریں!");
  }

  @Test
  public void vaguePromisesAreDetected() {
    ur.finds(Act.VAGUE_PROMISE,
        "ہم آپ کے مسئلے کو دیکھ لیں گے۔",
        "جتنی جلدی ممکن ہوا ہم آپ کو اطلاع دے دیں گے۔",
        "ہماری ٹیم اس معاملے پر غور کرے گی۔",
        "آپ کی شکایت کی تحقیقات کی جائیں گی۔",
        "ہم جلد آپ سے دوبارہ رابطہ کرینگے۔",
        "میں معلوم کرکے بتاتا ہوں۔");
  }

  @Test
  public void concreteTimelinesAreDetected() {
    ur.finds(Act.CONCRETE_TIMELINE,
        "آپ کا ریفنڈ ۳ کاروباری دنوں کے اندر آپ کے اکاؤنٹ میں آ جائے گا۔",
        "ہمارا ٹیکنیشن جمعرات کو آپ کے گھر آئے گا۔",
        "میں کل دوپہر ۲ بجے آپ کو دوبارہ کال کروں گی۔",
        "اگلے ۴۸ گھنٹوں میں نیا یونٹ پہنچ جائے گا۔",
        "آج شام ۶ بجے تک آپ کو ای میل مل جائے گی۔",
        "۲۰ نومبر تک آپ کا کارڈ بن جائے گا۔");
  }

  @Test
  public void escalationsAreDetected() {
    ur.finds(Act.ESCALATION,
        "میں ابھی اپنی سپروائزر کو بلاتی ہوں۔",
        "میں یہ کیس اپنے منیجر کے حوالے کر رہا ہوں۔",
        "میں آپ کو ٹیم لیڈر سے ملواتا ہوں۔",
        "میں آپ کی شکایت اعلیٰ حکام تک پہنچا دوں گا۔",
        "میں اس معاملے کو ایسکلیٹ کر رہی ہوں۔",
        "Main apne supervisor se baat karwata hun.",
        "Sir main apni supervisor Ayesha ko call mein shamil kar rahi hun");
    // ACTS.md: sending the customer to another department is a referral, not an escalation
    ur.doesNotFind(Act.ESCALATION, "آپ کی شکایت متعلقہ شعبے کو بھیج دی گئی ہے۔",
        "یہ بلنگ ڈیپارٹمنٹ کا کام ہے، میں آپ کی کال وہاں منتقل کر دیتا ہوں۔");
  }

  @Test
  public void nextStepsAreDetected() {
    ur.finds(Act.NEXT_STEP,
        "آپ کو ایک تصدیقی ایس ایم ایس موصول ہوگا۔",
        "برائے مہربانی اپنی رسید کی کاپی ای میل کر دیں۔",
        "ہم آپ کو نیا چارجر کوریئر کے ذریعے بھجوا دیں گے۔",
        "آپ کو صرف یہ فارم پُر کرنا ہے۔",
        "آپ کی شکایت کا نمبر ۷۸۹ ہے۔",
        "رقم آپ کے اکاؤنٹ میں واپس کر دی جائے گی۔");
  }

  @Test
  public void takingContactDetailsIsDetected() {
    ur.finds(Act.TAKE_DETAILS,
        "براہ کرم اپنا موبائل نمبر بتا دیں۔",
        "آپ کا نام اور رابطہ نمبر کیا ہے؟",
        "آپ سے کس نمبر پر بات ہو سکتی ہے؟",
        "میں آپ کا ای میل ایڈریس نوٹ کر لیتی ہوں۔",
        "کیا آپ اپنا مکمل پتہ لکھوا دیں گے؟");
  }

  @Test
  public void negationsAndOrdinarySentencesDoNotCount() {
    ur.doesNotFind(Act.APOLOGY,
        "مجھے کوئی افسوس نہیں، میں نے اصول کے مطابق کام کیا۔",
        "میں معافی نہیں مانگوں گا۔",
        "آپ کی لیٹ فیس معاف کر دی گئی ہے۔",
        "ہم آپ کی فیس معاف کر دیں گے۔",
        "آپ کو معذرت کی ضرورت نہیں۔",
        "معذرت، لیکن یہ کمپنی کی پالیسی ہے۔");
    ur.doesNotFind(Act.DISCOURTESY,
        "اس میں آپ کی کوئی غلطی نہیں ہے۔",
        "یہ آپ کا قصور نہیں تھا۔",
        "فکر نہ کریں، ہم دیکھ لیں گے۔",
        "آپ کو یہ پریشانی نہیں اٹھانی چاہیے تھی۔",
        "آپ کو یہ سب کچھ پہلے بتایا جانا چاہیے تھا۔",
        "آپ کا مسئلہ یہ ہے کہ فون بار بار بند ہو جاتا ہے۔",
        "ہمیں آپ کو پہلے ہی بتا دینا چاہیے تھا۔",
        "ہم جلدی کریں گے۔",
        "آپ نے کتنی بار فون کیا؟",
        "آپ کی شکایت بند کر دی گئی ہے۔",
        "اس سے وارنٹی پر کوئی فرق نہیں پڑتا۔");
    ur.doesNotFind(Act.VAGUE_PROMISE,
        "آپ کا ریفنڈ منظور ہو چکا ہے۔",
        "رابطہ کرنے کا شکریہ۔",
        "آپ نے ہم سے پچھلے ہفتے رابطہ کیا تھا۔",
        "میں نے مسئلہ دیکھ لیا ہے۔",
        "آپ ہم سے کسی بھی وقت رابطہ کر سکتے ہیں۔",
        "آپ کو کسی اور محکمے سے رابطہ کرنا ہو گا۔",
        "اس کے بعد میں آپ کو ای میل کروں گا۔");
    ur.doesNotFind(Act.CONCRETE_TIMELINE,
        "کل رقم ۵۰۰۰ روپے بنتی ہے۔",
        "آپ نے کل فون کیا تھا۔",
        "آپ ۳ دن سے انتظار کر رہے ہیں۔",
        "ہم جلد ہی رابطہ کریں گے۔",
        "آپ کا آرڈر ۲ دن پہلے بھیجا گیا تھا۔",
        "ہم ہفتے میں دو بار اسٹاک چیک کرتے ہیں۔",
        "ہم کچھ دنوں میں بتا دیں گے۔",
        "اس ہفتے بہت رش ہے۔",
        "آج تک کوئی جواب نہیں آیا؟",
        "پچھلے جمعہ کو آپ آئے تھے۔");
    ur.doesNotFind(Act.POLICY_AS_WEAPON,
        "کمپنی کی پالیسی کے مطابق آپ کو پوری رقم واپس ملے گی۔",
        "میں آپ کو ہماری واپسی کی پالیسی کی کاپی ای میل کر دیتا ہوں۔",
        "یہ ہماری نئی وارنٹی پالیسی ہے جس میں آپ کو دو سال ملتے ہیں۔",
        "فکر نہ کریں، آپ کو کچھ نہیں کرنا پڑے گا۔",
        "آپ کچھ بھی نہیں کر سکتے، یہ کام ہمارا ہے۔",
        "اگر کوئی مجبوری ہو تو بتائیں۔",
        "یہ کمپنی کی پالیسی نہیں ہے، میں آپ کی مدد کروں گا۔");
  }

  @Test
  public void dayWordsInWhatHappenedOrIsStillGoingOnAreNoTimeline() {
    ur.doesNotFind(Act.CONCRETE_TIMELINE,
        "آج صبح سے کچن میں گیس کی بو آ رہی ہے۔",
        "کل رات سے آپ کا نیٹ بند ہے۔",
        "آج صبح ہم نے آپ کی لائن ٹیسٹ کی تو پتا چلا کہ خرابی ہماری طرف ہے۔",
        "ہمارے ٹیکنیشن نے آج صبح آپ کی گلی کا معائنہ کیا۔",
        "آج صبح ہماری لائن ٹیسٹنگ سے پتا چلا کہ جوڑ خراب ہے۔",
        "پچھلے ہفتے سے ہر شام سات سے دس بجے کے درمیان آپ کا کنکشن ٹوٹتا ہے۔",
        "روزانہ صبح ۹ بجے بجلی چلی جاتی ہے۔",
        "آپ کی پنشن کی فائل ہمارے ہاں دس دن رکی رہی۔",
        "میں نے آپ کے بل میں ایک مہینے کی فیس معاف کر دی ہے۔");
    ur.finds(Act.CONCRETE_TIMELINE,
        "کل صبح سے نئی قیمتیں لاگو ہوں گی۔",
        "ٹیکنیشن کل صبح آپ کے گھر آئے گا۔",
        "کل شام سات سے دس بجے کے درمیان ٹیکنیشن آئے گا۔",
        "کل صبح تشریف لائیں۔",
        "کل تک آپ کا کام ہو چکا ہو گا۔");
  }

  @Test
  public void theFaultOnOurSideIsAcceptedResponsibility() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "لائن ٹیسٹ سے پتا چلا کہ خرابی ہماری طرف ہے، آپ کے آلات میں نہیں۔",
        "مسئلہ ہماری جانب تھا۔");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "خرابی ہماری طرف نہیں ہے۔", "مسئلہ ہماری طرف سے حل ہو جائے گا۔");
  }

  @Test
  public void anEitherOrAboutWhatSuitsTheCustomerAsksTheirPreference() {
    ur.finds(Act.ASK_PREFERENCE, "ٹیکنیشن کل آ سکتا ہے؛ آپ کو صبح کا وقت مناسب رہے گا یا شام کا؟",
        "آپ کے لیے دکان آنا آسان ہو گا یا ہم گھر بھیج دیں؟");
    ur.doesNotFind(Act.ASK_PREFERENCE, "کیا یہ آپ کو مناسب رہے گا یا نہیں؟");
  }

  @Test
  public void sayingItWasAlreadyToldIsDiscourteous() {
    ur.finds(Act.DISCOURTESY, "دیکھیں بی بی، میں پہلے ہی بتا چکا ہوں۔", "ہم پہلے بھی کہہ چکے ہیں کہ یہ ممکن نہیں۔",
        "جیسا کہ ہم پہلے بتا چکے ہیں، قواعد یہی ہیں۔");
  }

  @Test
  public void theRulesAreTheRulesHidesBehindPolicy() {
    ur.finds(Act.POLICY_AS_WEAPON, "قواعد یہی ہیں، میں کیا کروں۔", "محترم صارف، اصول یہی ہیں۔");
  }

  @Test
  public void blessingsRequestsAndWrittenDetailsAreNotOtherActs() {
    ur.doesNotFind(Act.OFFER_HELP,
        "والد صاحب کے انتقال کا سن کر بہت افسوس ہوا، اللہ ان کی مغفرت فرمائے۔ میں ٹھیک سمجھی ہوں تو آپ نمبر منتقل کروانا چاہتے ہیں؟");
    ur.finds(Act.OFFER_HELP, "جی فرمائیے، میں کیا مدد کروں؟");
    ur.doesNotFind(Act.VAGUE_PROMISE, "کیا آپ اپنا نام اور رابطہ نمبر بتا دیں گے؟",
        "آپ اپنی رسید کی تصویر واٹس ایپ پر بھیج دیں گے؟");
    ur.finds(Act.VAGUE_PROMISE, "ہم آپ کو جلد بتا دیں گے۔");
    ur.doesNotFind(Act.TAKE_DETAILS, "آپ خود ہیلپ لائن پر فون کر لیں، نمبر بل پر لکھا ہے۔");
    ur.finds(Act.TAKE_DETAILS, "میں آپ کا نمبر لکھ لیتی ہوں۔", "کیا آپ اپنا نام اور رابطہ نمبر بتا دیں گے؟");
  }

  @Test
  public void spansPointIntoTheOriginalText() {
    String text = "جی!  ہم آپ سے مُعافی چاہتے ہیں۔";
    assertEquals("مُعافی چاہتے", matched(text, Act.APOLOGY));
    String stretched = "ہم معـــذرت خواہ ہیں";
    assertEquals("معـــذرت", matched(stretched, Act.APOLOGY));
    String digits = "آپ کو ریفنڈ ۳ دن میں مل جائے گا";
    assertEquals("۳ دن میں", matched(digits, Act.CONCRETE_TIMELINE));
  }

  @Test
  public void timelinesResolveToDeadlines() {
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(Instant.parse("2026-11-26T09:00:00Z"), deadline("آپ کا ریفنڈ تین کاروباری دنوں میں آ جائے گا", monday));
    assertEquals(Instant.parse("2026-11-24T09:00:00Z"), deadline("اگلے ۲۴ گھنٹوں میں ای میل آ جائے گی", monday));
    assertEquals(Instant.parse("2026-11-23T09:30:00Z"), deadline("آدھے گھنٹے میں آپ کو کال آ جائے گی", monday));
    assertEquals(Instant.parse("2026-11-27T12:00:00Z"), deadline("ہم جمعہ کو دوپہر بارہ بجے تک بھیج دیں گے", monday));
    assertEquals(Instant.parse("2026-11-26T17:30:00Z"), deadline("جمعرات شام ساڑھے پانچ بجے تک پہنچ جائے گا", monday));
    assertEquals(Instant.parse("2026-11-24T23:59:59Z"), deadline("کل تک آپ کا کام ہو جائے گا", monday));
    assertEquals(Instant.parse("2026-11-24T10:00:00Z"), deadline("ٹیکنیشن کل صبح ۱۰ بجے آئے گا", monday));
    assertEquals(Instant.parse("2026-11-25T14:00:00Z"), deadline("پرسوں دوپہر ۲ بجے تک", monday));
    // a time booked for the next step is found by what comes after it, and still gives its time
    assertEquals(Instant.parse("2026-11-24T09:00:00Z"),
        deadline("Technician kal subah 9 baje ke liye book ho gaya hai.", monday));
    assertEquals(Instant.parse("2026-11-23T17:00:00Z"), deadline("میں آپ کو شام ۵ بجے کال کروں گا", monday));
    assertEquals(Instant.parse("2026-11-23T15:30:00Z"), deadline("15:30 تک جواب دے دیں گے", monday));
    assertEquals(Instant.parse("2027-03-12T23:59:59Z"), deadline("۱۲ مارچ تک رقم آ جائے گی", monday));
  }

  @Test
  public void spellingVariantsNormaliseAlike() {
    Normalizer n = Repo.lexicons().require("ur").lexicon().normalizer();
    // hamza-yeh spellings of polite imperatives and of لیے / چاہیے
    assertSame(n, "دیجیے", "دیجئے", "دیجیئے", "دیجیۓ");
    assertSame(n, "کے لیے", "کے لئے", "کیلئے", "کے لیئے");
    assertSame(n, "چاہیے", "چاہئے", "چاہیئے");
    // Arabic yeh, kaf and heh typed for the Urdu letters; harakat and tatweel dropped
    assertSame(n, "کیا مدد چاہیے", "كيا مدد چاهیے", "کیَا مَدَد چاہـیے");
    // noon ghunna and joined future endings
    assertSame(n, "کریں گے", "کریںگے", "کرینگے");
    assertSame(n, "ہو گا", "ہوگا");
    assertSame(n, "کر سکتا", "کرسکتا", "کر\u200cسکتا");
    assertSame(n, "جائے گا", "جائیگا", "جاۓ گا");
    // alef madda written plain, and digits of any script
    assertSame(n, "آپ کو ۳ دن", "اپ کو 3 دن", "آپ کو ٣ دن");
  }

  @Test
  public void spellingVariantsMatchTheSamePhrase() {
    assertSamePhrase(Act.APOLOGY, "ہمیں معاف کر دیجیے", "ہمیں معاف کر دیجئے", "ہمیں معاف کردیجیئے", "ہمیں معاف کر دیجیۓ");
    assertSamePhrase(Act.VAGUE_PROMISE, "ہم رابطہ کریں گے", "ہم رابطہ کرینگے", "ہم رابطہ کریںگے", "ہم رابطه کرێں گے");
    assertSamePhrase(Act.OFFER_HELP, "میں آپ کی مدد کر سکتا ہوں", "ميں آپكى مدد كرسکتا ہوں", "مَیں آپ کی مَدد کر سَکتا ہُوں");
    assertSamePhrase(Act.DISCOURTESY, "آپ کو پہلے چیک کرنا چاہیے تھا", "آپ کو پہلے چیک کرنا چاهئے تھا",
        "اپکو پہلے چیک کرنا چاہیئے تھا");
    assertSamePhrase(Act.CONCRETE_TIMELINE, "۳ دن میں", "3 دن میں", "٣ دن ميں");
    assertSamePhrase(Act.DISCOURTESY, "آپ بے وقوف ہیں", "آپ بےوقوف ہیں");
  }

  @Test
  public void lexiconDefinesEveryActAndCustomerLines() {
    Lexicon lexicon = Repo.lexicons().require("ur").lexicon();
    assertEquals(Lexicon.Direction.RTL, lexicon.direction());
    for (Act act : Act.values()) {
      if (act.fromLexicon()) assertFalse("no phrases for " + act.id(), lexicon.phrases(act).isEmpty());
    }
    for (String kind : Lexicon.CUSTOMER_LINES) {
      assertTrue("fewer than 2 customer lines for " + kind, lexicon.customerLines(kind).size() >= 2);
    }
  }

  private String matched(String text, Act act) {
    List<Detection> found = ur.detect(text);
    Detection d = found.stream().filter(x -> x.act() == act).findFirst()
        .orElseThrow(() -> new AssertionError("no " + act.id() + " in " + DetectionAssertions.describe(found)));
    return text.substring(d.start(), d.end());
  }

  @Test
  public void romanUrduIsReadThroughTheSamePhrases() {
    ur.finds(Act.OFFER_HELP, "aap ki kya madad kar sakta hoon", "ap ki kia mdd kr skta hun?",
        "Aaj main aap ki kis tarah help kar sakta hun?");
    ur.finds(Act.APOLOGY, "maazrat chahta hun", "Mazrat khwah hain", "maafi chahunga", "sry ji");
    ur.finds(Act.CONCRETE_TIMELINE, "refund 5-7 din mein aa jayega", "kal shaam 5 baje tak ho jaye ga");
    ur.finds(Act.ANYTHING_ELSE, "koi aur madad chahiye?");
    ur.finds(Act.ESCALATION, "main apne supervisor se baat karwata hun");
    ur.finds(Act.VAGUE_PROMISE, "hum jald hi aap se rabta karenge");
    ur.finds(Act.DISCOURTESY, "aap thanday ho jayen");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "ye hamari ghalti thi");
    // sir is no sorry, and call is no kal
    ur.doesNotFind(Act.APOLOGY, "Sir aap ka order aa gaya hai");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "call kar lijiye ga");
  }

  @Test
  public void openingHoursEligibilityAndPlansAreNoTimelines() {
    ur.doesNotFind(Act.CONCRETE_TIMELINE,
        "ہماری برانچ صبح 9 بجے سے شام 5 بجے تک کھلی رہتی ہے",
        "اتوار کو دفتر بند ہوتا ہے",
        "یہ پیکج ایک مہینے کا ہے",
        "آپ کا بل ہر مہینے کی 10 تاریخ کو آتا ہے",
        "refund sirf 7 din ke andar ho sakta hai",
        "aap 30 din tak return kar sakte hain");
    ur.finds(Act.CONCRETE_TIMELINE, "آپ کا ریفنڈ 3 دن میں آ جائے گا", "hum 24 ghante mein rabta karenge",
        "jumme tak delivery ho jaye gi", "2 ghante lagenge");
  }

  @Test
  public void refusalsByRuleAndRudenessInEitherScript() {
    ur.finds(Act.POLICY_AS_WEAPON, "وارنٹی ختم ہو چکی ہے اس لیے ہم کچھ نہیں کر سکتے",
        "Rules ke mutabiq hum exchange nahi kar sakte", "یہ ٹکٹ نان ریفنڈیبل ہے");
    ur.finds(Act.DISCOURTESY, "آپ کو بات سمجھ نہیں آ رہی؟", "Mera time waste na karein", "آپ جیسے کسٹمر");
    ur.doesNotFind(Act.DISCOURTESY, "میں سمجھ سکتا ہوں کہ آپ پریشان ہیں");
  }

  @Test
  public void aCodeMixedLineIsReadInUrduAndInEnglish() {
    String text = "Maafi chahunga, it will take about 3-5 business days";
    assertEquals("Maafi chahunga", matched(text, Act.APOLOGY));
    ur.finds(Act.CONCRETE_TIMELINE, text);
    assertEquals(1, ur.detect(text).stream().filter(d -> d.act() == Act.APOLOGY).count());
  }

  @Test
  public void namesAreFoundWrittenInTheOtherScript() {
    DetectionAssertions latinNames = new DetectionAssertions("ur", "Ana", "Acme Electronics");
    latinNames.finds(Act.OWN_NAME, "میں انا بات کر رہی ہوں", "ایکمی الیکٹرانکس، انا بات کر رہی ہوں۔");
    latinNames.finds(Act.ORG_NAME, "ایکمی الیکٹرانکس میں کال کرنے کا شکریہ", "Acme se Ana baat kar rahi hun");
    latinNames.doesNotFind(Act.OWN_NAME, "ان سے بات کریں", "آپ ان کا نمبر نوٹ کر لیں");
    new DetectionAssertions("ur", "Ali", "TCS").finds(Act.ORG_NAME, "ٹی سی ایس کسٹمر کیئر، میں علی۔");
    new DetectionAssertions("ur", "Ali", "Telenor").finds(Act.ORG_NAME, "ٹیلی نار میں خوش آمدید");
    // configured in Urdu script, written in Latin letters
    ur.finds(Act.OWN_NAME, "Star Electronics se Ali baat kar raha hun");
    ur.finds(Act.ORG_NAME, "Star Electronics se Ali baat kar raha hun");
  }

  @Test
  public void namesSpelledTheEnglishWayAndAcronymsAreFoundInEitherScript() {
    // an English word of a name, as it sounds in Urdu script: -tion, and a final s said z
    new DetectionAssertions("ur", "Ali", "National Bank").finds(Act.ORG_NAME, "نیشنل بینک میں خوش آمدید، میں علی۔");
    new DetectionAssertions("ur", "Ali", "Outfitters").finds(Act.ORG_NAME, "آؤٹ فٹرز سے علی بات کر رہا ہوں");
    // a u said "yoo", a ph said f
    new DetectionAssertions("ur", "Ali", "Ufone").finds(Act.ORG_NAME, "یوفون میں خوش آمدید");
    new DetectionAssertions("ur", "Ali", "Sapphire").finds(Act.ORG_NAME, "سیفائر سے علی بات کر رہا ہوں");
    new DetectionAssertions("ur", "Ali", "Uber").finds(Act.ORG_NAME, "اوبر سے علی بات کر رہا ہوں");
    new DetectionAssertions("ur", "علی", "شفا انٹرنیشنل").finds(Act.ORG_NAME, "Shifa International se Ali, ji farmaiye");
    // configured letter by letter in Urdu script, typed as an acronym, and the other way round, all of it found
    new DetectionAssertions("ur", "علی", "پی ٹی سی ایل").finds(Act.ORG_NAME, "PTCL helpline, Ali baat kar raha hun");
    DetectionAssertions ptcl = new DetectionAssertions("ur", "Ali", "PTCL");
    List<Detection> found = ptcl.detect("پی ٹی سی ایل سے علی بات کر رہا ہوں");
    assertTrue(DetectionAssertions.describe(found),
        found.stream().anyMatch(d -> d.act() == Act.ORG_NAME && d.match().equals("پی ٹی سی ایل")));
    new DetectionAssertions("ur", "Ali", "National Bank").doesNotFind(Act.ORG_NAME, "آپ کا نیا کارڈ بینک میں آ گیا ہے");
    // an acronym short in consonants, letter by letter with each letter's vowel
    new DetectionAssertions("ur", "Ali", "SBI").finds(Act.ORG_NAME, "ایس بی آئی میں خوش آمدید");
    new DetectionAssertions("ur", "Ali", "SBI").doesNotFind(Act.ORG_NAME, "سب ٹھیک ہے، بس تھوڑا انتظار کریں");
    new DetectionAssertions("ur", "علی", "ایس بی آئی").finds(Act.ORG_NAME, "SBI mein khush aamdeed");
  }

  private Instant deadline(String text, Instant at) {
    List<Detection> found = ur.detect(text);
    Detection d = found.stream().filter(x -> x.act() == Act.CONCRETE_TIMELINE).findFirst()
        .orElseThrow(() -> new AssertionError("no timeline in " + DetectionAssertions.describe(found)));
    return Timeline.deadline(d, at).orElseThrow(() -> new AssertionError("no deadline from " + d));
  }

  private static void assertSame(Normalizer n, String expected, String... variants) {
    for (String v : variants) {
      assertEquals("\"" + v + "\" normalises differently from \"" + expected + "\"", n.normalize(expected).replaceAll("\\s+", " "),
          n.normalize(v).replaceAll("\\s+", " "));
    }
  }

  private void assertSamePhrase(Act act, String... texts) {
    Set<String> patterns = new java.util.LinkedHashSet<>();
    for (String text : texts) {
      List<Detection> found = ur.detect(text);
      List<String> hits = found.stream().filter(d -> d.act() == act).map(Detection::pattern).collect(Collectors.toList());
      assertFalse("expected " + act.id() + " in \"" + text + "\", found " + DetectionAssertions.describe(found), hits.isEmpty());
      patterns.add(hits.get(0));
    }
    assertEquals("variants matched different phrases: " + patterns, 1, patterns.size());
  }

  @Test
  public void moreConstructionsInBothScripts() {
    ur.finds(Act.DISCOURTESY, "main pehle hi bata chuka hoon", "baar baar ek hi sawal mat poochein", "aap samajh nahi rahe");
    ur.doesNotFind(Act.DISCOURTESY, "hum ne aap ko ghalat item bhej diya", "hamare staff ne aap ko ghalat maloomat di",
        "hume pehle aap ko batana chahiye tha");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "hume pehle aap ko batana chahiye tha");
    ur.finds(Act.CHECK_SATISFACTION, "bata dein ke masla hal hua ya nahi", "is se aap ka kaam ho gaya?");
    ur.finds(Act.POLICY_AS_WEAPON, "30 din ke baad return allowed nahi hai", "ہم کوئی استثنا نہیں کر سکتے");
    ur.doesNotFind(Act.POLICY_AS_WEAPON, "آپ کو پہلے شرائط پڑھنی چاہیے تھیں");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "30 din ke baad return allowed nahi hai", "aap ne kal 3 baje call ki thi");
  }

  @Test
  public void faultsRefusalsAndRudenessByConstructionInBothScripts() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "ہمارے نمائندے نے آپ کو غلط معلومات دیں۔", "hamari taraf se delay hua",
        "hamare system ki wajah se double charge hua", "hum ghalat the", "Hum apni ghalti par sharminda hain",
        "yeh sab hamari wajah se hua", "غلطی ہمارے سسٹم کی تھی، آپ کا بل دو دفعہ بن گیا۔", "Galti company ki hai, aap ki nahi.",
        "zimmedaari hamari hai", "humse galti hui, muafi chahte hain");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "یہ کوریئر کمپنی کی غلطی ہے۔", "ہماری کوئی غلطی نہیں ہے۔");
    ur.finds(Act.POLICY_AS_WEAPON, "policy ke hisaab se refund nahi ho sakta", "۳۰ دن گزر چکے ہیں، اس لیے ریفنڈ نہیں ہو سکتا۔",
        "return period khatam ho gaya hai isliye refund nahi milega", "T&C mein likha hai sir", "مجھے اس کا اختیار نہیں ہے۔",
        "mujhe iski permission nahi hai", "پالیسی میں اس کی گنجائش نہیں ہے۔", "قواعد سب کے لیے ایک جیسے ہیں۔",
        "SOP ke bahar hai ye", "Aap ka case policy mein cover nahi hota", "ye hamara rule hai sir",
        "State Bank ki guidelines ke mutabiq ye mumkin nahi");
    ur.doesNotFind(Act.POLICY_AS_WEAPON, "آپ نے شرائط پڑھی ہی نہیں تھیں، اب ہمیں الزام نہ دیں۔");
    ur.finds(Act.DISCOURTESY, "میرے پاس فالتو وقت نہیں ہے۔", "سر کھا لیا ہے آپ نے۔", "زبان سنبھال کر بات کریں۔",
        "ye aap ka problem hai", "aap ko kya lagta hai hum bewaqoof hain?", "baar baar call mat karein",
        "mujhe is se koi matlab nahi", "aap ko kuch nahi pata", "shikayat karni hai to kar dein",
        "آپ نے شرائط پڑھی ہی نہیں تھیں، اب ہمیں الزام نہ دیں۔", "لائن میں لگیں، یہاں سب کو جلدی ہے۔",
        "Ap ko pehle bhi bataya tha, parhte nahi hain kya?", "Sir this is not my headache");
    ur.doesNotFind(Act.DISCOURTESY, "پریشان نہ ہوں، ہم مدد کریں گے۔", "main aap ki baat samajh raha hoon",
        "ye aap ki ghalti nahi hai");
    ur.doesNotFind(Act.VAGUE_PROMISE, "لائن میں لگیں، یہاں سب کو جلدی ہے۔");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "aap ka order 12 din purana hai to main abhi exchange laga deti hun");
  }

  @Test
  public void admissionsOfFaultByConstructionInBothScripts() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "ہم اس کوتاہی کو تسلیم کرتے ہیں۔", "یہ ہماری جانب سے ایک بھول تھی۔",
        "ادارہ اپنی غلطی کا اعتراف کرتا ہے۔", "hamari side se mistake ho gayi", "humse bhool ho gayi",
        "mujhse oversight ho gaya", "hum maante hain ke ghalti hamari thi", "Sorry, humari galti hai.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "ہماری کوئی غلطی نہیں ہے۔", "galti hamari nahi hai",
        "آپ کو ہونے والی پریشانی پر معذرت۔");
  }

  @Test
  public void discourtesyByLecturingBlamingAndDismissing() {
    ur.finds(Act.DISCOURTESY, "آپ کیا بات کر رہے ہیں؟", "kya baat kar rahe ho", "دھیان سے سنیں۔", "dhyan se suno",
        "maine pehle bhi bataya tha", "aapko nazar nahi aata?", "seedhi si baat hai, samajh nahi aati?",
        "aap ne khud ghalat button dabaya tha", "faltu baat mat karein", "aap ka masla hai, hamara nahi",
        "instructions parh lete to ye na hota", "aap log bhi na", "ہم جادو نہیں کر سکتے۔", "hum aap ke naukar nahi",
        "khud dekh lo");
    ur.finds(Act.DISCOURTESY, "Agar aap ko hamari service pasand nahi to kisi aur company ka connection le lein.",
        "Itni choti si baat ke liye complaint?", "main bar bar nahi bataunga", "آپ کو سمجھ کیوں نہیں آتی؟");
    ur.doesNotFind(Act.DISCOURTESY, "مین والو بند رکھیں اور کوئی بجلی کا سوئچ نہ چلائیں۔");
    ur.finds(Act.CHECK_SATISFACTION, "Masla hal hua ya abhi bhi error aa raha hai?",
        "میں نے کنکشن ری سیٹ کر دیا ہے، بتائیں اب سگنل آ رہے ہیں؟");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Ye mera kaam nahi hai.");
    ur.doesNotFind(Act.DISCOURTESY, "فکر نہ کریں، ہم یہ ٹھیک کر دیں گے۔", "Main samajh sakta hun ke aap pareshan hain.",
        "Mujhe samajh nahi aaya, kya aap dobara bata sakte hain?", "aap apne account mein check karein",
        "aap ka masla hal ho jayega");
  }

  @Test
  public void brushOffsCondescensionAndNuisanceBlamingInBothScripts() {
    ur.finds(Act.DISCOURTESY, "Mujhe kya pata aap ka parcel kahan gaya, courier se poochein.", "مجھے کیا پتا آپ کا پارسل کہاں گیا۔",
        "حد ہو گئی، آپ پھر وہی بات کر رہے ہیں۔", "Sunai nahi deta kya?", "یہ آپ کی اپنی لاپرواہی ہے۔",
        "Ye to bachon ko bhi pata hai.", "Itna bhi nahi pata aap ko?", "فون رکھ دیں، میرے پاس اور بھی کسٹمرز ہیں۔",
        "Hum yahan faarigh nahi baithe.", "Aap ki shikayaton se tang aa gaye hain hum.",
        "Main aap ko samjha samjha ke thak gaya hun.", "میں آپ کو سمجھا سمجھا کے تھک گیا ہوں۔",
        "Apni ghalti maano, company ko blame mat karo.", "Ye hamara masla nahi, aap ke phone ka masla hai, hamara nahi.",
        "time waste mat kro mera", "aisay baat mat karein mujh se", "so what? hum kya karein");
    // not knowing beforehand is no brush-off
    ur.doesNotFind(Act.DISCOURTESY, "Mujhe kya pata tha ke parcel late ho ga, main check karta hun.",
        "مجھے کیا پتا تھا کہ پارسل لیٹ ہو گا۔");
    ur.doesNotFind(Act.DISCOURTESY, "Aap ki limit ki had 50 hazar hai.", "Aap bahar hain to app se bhi kar sakte hain.",
        "Aap is masle se tang aa gaye honge, main samajhta hun.", "Hum yahan aap ki madad ke liye baithe hain.",
        "Aap tang na hon, main abhi solve karta hun.", "Aap ko ghalat bill aya tha, hum ne theek kar diya hai.",
        "Aap batayein hum kya karein, refund ya replacement?", "Mujhe nahi maloom, lekin main abhi pata kar ke batata hun.");
  }

  @Test
  public void admissionsNamedByOurSideServiceOrTeam() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "Ye nahi hona chahiye tha, hamari taraf se chook hui.",
        "ایسا نہیں ہونا چاہیے تھا، ہم اس کی ذمہ داری لیتے ہیں۔", "Hamari service mein kami thi.",
        "Hamare end se ek error ki wajah se double charge hua.", "ghalti hum se hui, sorry",
        "سر، یہ غلطی ہمارے بلنگ ڈیپارٹمنٹ سے ہوئی ہے۔", "Hum se ye chook ho gayi, aainda aisa nahi hoga.",
        "ہم آپ کی توقعات پر پورا نہیں اترے۔", "Aap ko ghalat bill hamari wajah se aya.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Hamari side se koi masla nahi, aap apna router restart kar lein.",
        "Hamari wajah se aap ko 20% discount mil raha hai is mahine.", "Hamara kaam aap ko behtar service dena hai.",
        "Aap khud hi zimmedar hain, hamara koi lena dena nahi.");
    ur.finds(Act.POLICY_AS_WEAPON, "Main ne check kiya, is model par warranty claim nahi hota, company rules hain.");
    ur.finds(Act.OFFER_HELP, "Batayein kis cheez mein rehnumai chahiye?", "میں ابھی آپ کے لیے چیک کر لیتی ہوں۔");
  }

  @Test
  public void rudenessTypedInRomanUrduAndLookAlikeKeysKeptApart() {
    ur.finds(Act.DISCOURTESY, "Aap bohat irritate kar rahe hain.", "Faltu ki complaint mat karein.", "Aap hi ghalat hain.",
        "Meri baat mat kaatein.", "Aap ka masla aap khud hal karein.", "Ye aap ke bas ki baat nahi.",
        "Sasta phone liya hai to yahi hoga.", "time waste mat kro mera", "Jhooth mat bolein, record mein sab hai.");
    ur.doesNotFind(Act.DISCOURTESY, "Main abhi busy nahi hun, aap aaram se batayein.", "Aap apna password khud reset kar sakte hain.",
        "Ye bilkul faltu charge tha, hum ise hata rahe hain.", "ghalti courier ki hai, hamari nahi");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "humse mistake hogyi", "ghalat item humne bheja tha",
        "Ye error hamari billing team ka tha.", "Hum maante hain ke hamari service acchi nahi thi.");
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Aap durust keh rahe hain, ye ghalti hamari taraf se hui hai.");
  }

  @Test
  public void pastDatesRequestsToCheckAndHandOffsAreNoPromiseOrTimeline() {
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "Aap ki last payment 12 March ko receive hui thi.",
        "آپ کی شکایت 3 تاریخ کو درج ہوئی تھی۔", "Aap ki complaint 14 tarikh ko register hui thi.",
        "Order 12 tarikh ko process ho chuka tha.", "System allow hi nahi kar raha 7 din ke baad, main majboor hun.");
    ur.finds(Act.CONCRETE_TIMELINE, "Refund 12 March tak ho jaye ga.", "آپ کا ریفنڈ 15 تاریخ تک آ جائے گا۔");
    ur.doesNotFind(Act.VAGUE_PROMISE, "Ab net chal raha hai? zara check kar ke batayen", "براہ کرم ری اسٹارٹ کر کے بتا دیں۔",
        "Main aap ki call Sara ko transfer kar raha hun, wo booking dekhti hain.", "Billing team ye cases dekhti hai.",
        "Ek cheez confirm kar dein, aap ne last transaction kis din ki thi?",
        "آپ نیا میٹر لگوانا چاہیں گے یا پرانے کی جانچ کروانا پسند کریں گے؟");
    ur.finds(Act.VAGUE_PROMISE, "Hum check kar ke batate hain.", "Hum is maamle ko dekh lete hain aur jald rabta karein ge.",
        "ہم دیکھتے ہیں کیا ہو سکتا ہے۔");
    ur.doesNotFind(Act.ASK_PREFERENCE, "Aap ko jacket ka size change karwana hai, color wahi rakhna hai?");
    ur.doesNotFind(Act.APOLOGY, "Sir, it's clearly written on the box. Aap ne dhyan se dekha hi nahi.");
    ur.finds(Act.APOLOGY, "Ye sun kar bohat dukh hua.", "یہ جان کر ہمیں دکھ ہوا۔");
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Sir, hum se bhool ho gayi, aap ka order cancel hona hi nahi chahiye tha.");
  }

  @Test
  public void pleaseSayAloneAfterANameIsAnOfferInEitherScript() {
    // "farmaiye" keys to three consonants (frm), too few for a Latin word alone; it has a key of its own
    ur.finds(Act.OFFER_HELP, "HBL phone banking se Hamza, farmaiye", "Nadia, farmaye?", "ایچ بی ایل سے حمزہ، فرمایئے",
        "ji farmaiye");
    ur.doesNotFind(Act.OFFER_HELP, "Aap ne farmaya tha ke refund chahiye.", "Sir ne yehi farmaya tha.");
  }

  @Test
  public void offersToLookAndToBeThereAndHandOffsThatAreNoOffer() {
    ur.finds(Act.OFFER_HELP, "Order ka kya masla hai bataiye, main dekh leta hun.", "Kuch bhi poochna ho, main yahin hun.",
        "koi b masla ho to bindaas msg kr dein", "Hum aap ki madad ke liye hamesha hazir hain.",
        "میں یہاں ہوں آپ کی مدد کے لیے۔", "Don't worry, main hun na.");
    ur.doesNotFind(Act.OFFER_HELP, "ایک لمحہ، میں یہ کال اپنے سینیئر کو دے رہا ہوں، وہ آپ کی رہنمائی کریں گے۔",
        "Wo aap ki madad karein gi, main transfer kar rahi hun.", "Maafi chahti hun ke main is mein madad nahi kar sakti.",
        "Koi aur masla ho to batayein.");
    ur.doesNotFind(Act.VAGUE_PROMISE, "Main aap ki ye request dekh leti hun.");
    ur.finds(Act.ESCALATION, "Aap ki complaint hum ne senior management ko refer kar di hai.");
  }

  @Test
  public void faultsOfOursNamedWithAnyFaultNounAndWordsBetween() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "یہ ہمارے عملے کی نااہلی تھی۔", "ye hamare courier ki laparwahi thi",
        "ہم ہی سے حساب میں غلطی ہوئی تھی۔", "Mujh se hi entry mein ghalti ho gayi thi.", "غلطی ہماری تھی، آپ کی نہیں۔");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Hum se koi ghalti nahi hui, courier late tha.",
        "Ye galti bank ki taraf se hui hai, hamari nahi.", "ہم سے حساب میں غلطی نہیں ہوئی۔");
  }

  @Test
  public void theCustomersWishDutyAndPrivateAffairThreatsAndSarcasmAreDiscourtesy() {
    ur.finds(Act.DISCOURTESY, "میڈم یہ بینک ہے، آپ کی مرضی سے نہیں چلتا۔", "Madam aap ki marzi se system nahi chalta.",
        "اب کیا میں آپ کے گھر آ کر سیٹنگ کر دوں؟", "Obviously it won't work agar aap charger hi ghalat use karein ge.",
        "Sir ye aap ka zaati masla hai, bank ka nahi.", "یہ آپ کا ذاتی معاملہ ہے، کمپنی کا نہیں۔",
        "ye aap ki zimmedari thi, hamari nahi", "Aap sun hi nahi rahe meri baat.", "warna main call kaat dunga",
        "آپ تو بس بحث کرتے رہتے ہیں، مجھے اور بھی کام ہیں۔", "Aap log har cheez ka ilzaam company pe daal dete ho");
    ur.doesNotFind(Act.DISCOURTESY, "Sir hum aap ki pareshani samajhte hain, lekin ye request hum nahi le sakte.",
        "hum aap par ilzaam nahi laga rahe", "Aap ki marzi ke mutabiq refund ya exchange kar dein ge.",
        "Main samajh sakti hun aap pareshan hain.");
  }

  @Test
  public void rulesNamedBesideARefusalAndChecksThatTheFixWorked() {
    ur.finds(Act.POLICY_AS_WEAPON, "Dekhein sir, PTA ke rules hain, biometric ke baghair main sim activate nahi kar sakta.",
        "Ye nahi ho sakta, company policy hai.", "Sorry, policy.", "Management ka faisla hai, hum kuch nahi kar sakte.",
        "ہماری پالیسی ہے کہ بغیر رسید واپسی نہیں ہوتی", "Is mein kuch nahi ho sakta, ye SOP hai.");
    ur.doesNotFind(Act.POLICY_AS_WEAPON,
        "Hamari policy ke mutabiq aap ko 14 din mein refund milta hai, main ne process kar diya hai.",
        "Policy ke mutabiq refund 7 din mein hota hai, aur main ne aap ka refund start kar diya hai.");
    ur.finds(Act.CHECK_SATISFACTION, "Ab app chal gayi?", "Agar kaam kar jaye to bata dijiyega.",
        "Confirm kar dein ke ab net theek chal raha hai.", "Update karne ke baad kaisa raha?",
        "اگر اب ایپ ٹھیک چلے تو بتا دیں۔");
    ur.doesNotFind(Act.CHECK_SATISFACTION, "Umeed hai is se madad mili hogi.", "Hum aap ke jawab ka intezar karein ge.",
        "Koi update ho to batayein.");
  }

  @Test
  public void latinWordsThatKeyAlikeAreKeptApartAndWindowsAreNoDeadlines() {
    ur.finds(Act.CONCRETE_TIMELINE, "rider 15 min mein pohanch raha hai", "rider 5 mnt me niche ho ga",
        "paanch din mein refund ho jaye ga", "پانچ دن میں ریفنڈ ہو جائے گا۔");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "my bad, main ne ghalat number likh liya tha",
        "As per our terms, sale items are non-refundable.", "ریفنڈ کی مدت 14 دن ہے اور آپ کا ریفنڈ آج جاری کر دیا گیا ہے۔",
        "Cancellation ki request flight se 24 hours pehle tak ki ja sakti hai.", "ہفتے میں پانچ بار");
    ur.doesNotFind(Act.POLICY_AS_WEAPON,
        "Aap ki request policy se bahar hai, lekin goodwill gesture ke taur par hum is dafa 50% refund kar rahe hain.");
    ur.finds(Act.POLICY_AS_WEAPON, "کمپنی پالیسی ہے جی، ایک بار ٹکٹ جاری ہو جائے تو نام تبدیل نہیں ہو سکتا۔",
        "Ye policy se bahar hai.");
  }

  @Test
  public void choicesRestatementsChecksAndBrushOffsInFreshWordings() {
    ur.finds(Act.ASK_PREFERENCE, "آپ بتائیں، رقم اگلے بل میں ایڈجسٹ کر دیں یا چیک بنوا دیں؟",
        "Hum repair bhi kar sakte hain aur replacement bhi, apni choice bata dein.");
    ur.doesNotFind(Act.ASK_PREFERENCE, "Aap order number bhej dein ya CNIC number?");
    ur.finds(Act.CONFIRM_UNDERSTANDING, "Aap Flash Fiber wale connection ki baat kar rahe hain ya purani DSL line ki?");
    ur.finds(Act.CHECK_SATISFACTION, "Please confirm karein ke corrected bill aap ko mil gaya aur amount ab theek hai.",
        "ho gya login?", "Is hal se aap khush hain?");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "Ghalat info dena hamari taraf se bara blunder tha.");
    ur.finds(Act.DISCOURTESY, "Seriously? Password bhi bhool gaye aur OTP bhi delete kar diya?",
        "hum is matter pe mazeed correspondence nahi karen ge", "bhai ye apka ghar ka wifi h, hamara nai, khud dekho",
        "Hum kya karein agar aap ko app chalani hi nahi aati?", "زیادہ باتیں نہ کریں، کام کی بات کریں۔");
    ur.doesNotFind(Act.DISCOURTESY, "Aap khud bhi app mein dekh sakte hain.", "Ye aap ka account hai, aap ki marzi.");
    ur.finds(Act.VAGUE_PROMISE, "Aap ka case top pe rakh diya hai, jaise hi clear hota hai main khud msg kar dun gi.");
    ur.finds(Act.OFFER_HELP, "help chahiye ho to batayein, main yahan hun");
  }

  @Test
  public void faultsOnOurSideRulesForEveryoneAndMannersInBothScripts() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "Technical glitch hamari taraf se tha.",
        "Hamari billing mein error aa gaya tha jis ki wajah se aap ko extra charge hua.",
        "ہمارے نمائندے کو ایسا نہیں کہنا چاہیے تھا۔", "تاخیر ہماری طرف سے ہوئی۔");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Hamari taraf se koi error nahi, aap ka router check karein.");
    ur.finds(Act.POLICY_AS_WEAPON, "ye rule sab ke liye hai, aap ke liye change nahi ho sakta",
        "system mein option hi nahi hai, policy hai");
    ur.finds(Act.DISCOURTESY, "آواز نیچی کر کے بات کریں۔", "Aap ko baat karne ki tameez nahi hai.");
    ur.doesNotFind(Act.DISCOURTESY, "Due to PTA regulations, hum phone pe aap ka call record share nahi kar sakte.");
    ur.finds(Act.ASK_PREFERENCE, "ہم آپ کو ریفنڈ دے دیں یا نیا پیس بھجوا دیں، جو آپ کو بہتر لگے؟");
    ur.finds(Act.OFFER_HELP, "جی ضرور، بتائیے کس چیز کی ضرورت ہے؟", "koi masla nahi, main hun na help ke liye");
    ur.doesNotFind(Act.OFFER_HELP, "Order list mein hai na?");
  }

  @Test
  public void offersToSortItChecksThatItIsClearAndPromisesOfOursNotKept() {
    ur.finds(Act.OFFER_HELP, "Aap befikar rahein, main sort kar deta hun.", "Ji bataiye, main sun rahi hun.", "Ji boliye.",
        "Main aap ko step by step guide kar deti hun.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "Hum ne apna wada poora nahi kiya, is ke liye maazrat.",
        "ہم آپ کو وقت پر اطلاع نہیں دے سکے۔", "Hamare staff ka rawaiya bilkul theek nahi tha.", "Hum se garbar ho gayi thi.");
    ur.finds(Act.CHECK_SATISFACTION, "Samajh aa gaya?", "Ab clear hai?", "Kuch farq para?", "Kya ye kaam kar raha hai?");
    ur.finds(Act.POLICY_AS_WEAPON, "Procedure yahi hai, aap ko branch aana parega.");
    ur.doesNotFind(Act.DISCOURTESY, "Procedure yahi hai, aap ko branch aana parega.", "Aap ko kal dobara aana parega.");
    ur.finds(Act.DISCOURTESY, "تم ان پڑھ ہو کیا؟", "Jaldi bolein, mere paas waqt nahi.");
    ur.doesNotFind(Act.VAGUE_PROMISE, "Jaldi bolein, mere paas waqt nahi.");
  }

  @Test
  public void wordsANegationReachesAreNegatedForTheClassifierInEitherScript() {
    for (String text : List.of("Hum se koi ghalti nahi hui.", "ہم سے کوئی غلطی نہیں ہوئی۔")) {
      String key = ur.sentenceKeys(text).get(0);
      assertTrue(key, key.contains("~glt") && !key.matches(".*(^| )glt( |$).*"));
    }
    assertTrue(ur.sentenceKeys("Hamari ghalti hai.").get(0).matches(".*(^| )glt( |$).*"));
  }

  @Test
  public void lapsesOfOursNamedWithoutTheWordForMistake() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "ہماری طرف سے آپ کا ڈبل چارج ہو گیا",
        "hamari taraf se double charge ho gaya, refund kar rahe hain",
        "hamare system ne aap ko do dafa charge kar diya",
        "Aap se do dafa charge hum ne hi kiya tha",
        "hum se miss ho gaya aap ka order",
        "ہم سے رہ گیا تھا",
        "hum se hi order mix ho gaya tha",
        "hum bhool gaye the aap ka refund aage bhejna",
        "ہمارے ٹیکنیشن نے ٹھیک سے چیک نہیں کیا تھا",
        "hum ne waqt pe update nahi kiya",
        "ہمارے عملے نے آپ کی درخواست آگے نہیں بھیجی",
        "hamare rider ne parcel deliver nahi kiya",
        "یہ کوتاہی ہوئی ہے، معذرت",
        "Ye hamari nalaiqi thi sir",
        "ye delay hamari wajah se hai",
        "bill par late fee hamari processing mein der ki wajah se thi",
        "ghalti se aap ko do bills bhej diye gaye",
        "آپ کو غلط معلومات دی گئی",
        "technician ko time pe bhejna hamari responsibility thi, aur hum fail hue");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "hamari taraf se refund process ho chuka hai",
        "ہماری طرف سے رقم بھیج دی گئی ہے",
        "hamare staff ne aap ka order pack kar diya hai",
        "courier company ki wajah se delay hua hai",
        "ye aap ki laparwahi hai",
        "aap ne ghalti se do dafa payment kar di",
        "Don't worry, aap ki koi ghalti nahi, OTP kabhi kabhi late aata hai.",
        "ہمارے ٹیکنیشن نے کوئی غلطی نہیں کی");
  }

  @Test
  public void rhetoricalQuestionsSarcasmLecturingAndFamiliarCommandsAreDiscourtesy() {
    ur.finds(Act.DISCOURTESY,
        "آپ نے میسج پڑھا بھی ہے؟",
        "aap ne message parha bhi hai ya nahi?",
        "kaan band hain kya aap ke?",
        "Aap ne khud terms and conditions nahi parhi thin",
        "sabar karo bhai, ho jaye ga",
        "صبر کرو، ہو جائے گا",
        "kya yaar, phir wohi sawal",
        "shabash, password bhi bhool gaye",
        "واہ جی، اب یاد آیا آپ کو؟",
        "aap to bare samajhdar hain, khud hi kar lein",
        "haha ye bhi koi masla hai",
        "آپ کو یہ بات معلوم ہونی چاہیے",
        "thora dimagh lagayen",
        "har customer ko ye maloom hota hai",
        "agli baar parh kar sign kijiye ga",
        "پاس ورڈ یاد رکھنا آپ کا کام ہے",
        "main yahan sirf aap ke liye baitha hun?",
        "itne saal se account hai aur abhi tak cheque bharna nahi aaya?",
        "You people never read the SMS, phir complaint karte ho.",
        "point pe aayen",
        "samjhane ka koi faida nahi");
    ur.doesNotFind(Act.DISCOURTESY,
        "please thora intezar karein, main dekh rahi hun",
        "براہ کرم دو منٹ انتظار کریں، میں چیک کر رہا ہوں",
        "Ruk jayein, main apne floor manager ko bula leti hun",
        "aainda hum dhyan rakhen ge",
        "آئندہ ہم خیال رکھیں گے",
        "wo bhool gaye the, main abhi dobara bhej deti hun",
        "aap ne bilkul theek kiya jo hamein bataya",
        "main aap ko point ki baat batata hun");
  }

  @Test
  public void checksThatTheRemedyWorkedOrArrived() {
    ur.finds(Act.CHECK_SATISFACTION,
        "kaam ban gaya aap ka?",
        "solution theek laga aap ko?",
        "sab set hai ab?",
        "refund mil gaya aap ko?",
        "کیا آپ کو رقم مل گئی؟",
        "Login ho gaye aap?",
        "Is dafa OTP aa gaya?",
        "pls confirm kr dein geyser ab garam pani de rha h ya nai",
        "saaman sahi haalat mein pohncha?",
        "براہ کرم مطلع فرمائیں کہ اس اقدام سے آپ کی شکایت کا ازالہ ہوا یا نہیں۔",
        "بتائیے گا کہ نیا راؤٹر لگنے کے بعد سپیڈ کیسی ہے۔",
        "Koi confusion to nahi reh gayi?");
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "umeed hai is se madad milegi",
        "امید ہے اس سے مدد ملے گی",
        "hamein update karte rahiye ga",
        "kya aap ne router restart kiya?",
        "Kya aap ko order mil gaya tha?",
        "Aap ke liye kya theek rahe ga — hum order abhi cancel kar dein ya delivery kal tak hold karwa dein?");
  }

  @Test
  public void offersToServeAndTakeItOnButNotAnythingElse() {
    ur.finds(Act.OFFER_HELP,
        "aap ke kis kaam aa sakta hun?",
        "میں آپ کے کس کام آ سکتی ہوں؟",
        "جی میں حاضر ہوں، پہلا سوال کیا ہے آپ کا؟",
        "hum jawab dene ke liye maujood hain",
        "kisi bhi cheez ki zaroorat ho to bataiye",
        "فکر کی کوئی بات نہیں، یہ کام اب میرے ذمے رہا۔",
        "hnji bolien, kia masla aa gya?");
    ur.doesNotFind(Act.OFFER_HELP,
        "Aur koi kaam ho to hukam karein.",
        "maazrat, main is mein madad nahi kar sakta",
        "ye kaam mere zimme nahi hai",
        "billing team aap ki madad karegi");
    ur.doesNotFind(Act.VAGUE_PROMISE, "Technician kis din bhejein — Saturday ya Monday?",
        "Sorry I wasn't able to help aaj, kal dobara try kar ke dekhiye ga.");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "Sorry I wasn't able to help aaj, kal dobara try kar ke dekhiye ga.");
    ur.finds(Act.ANYTHING_ELSE, "sir koi aur query? nahi to main ticket close kr rha hun");
    ur.doesNotFind(Act.ANYTHING_ELSE, "aap ke area mein load shedding ka schedule SMS kar deti hun");
  }

  @Test
  public void giveKeysApartFromDayAndRequestsTagsAndHurryAreReadByConstruction() {
    // dein and dene (give) key apart from din (day)
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "likh dein, main dekhta hun", "bhej dein mein check karti hun",
        "maaf kijiye ga jawab dene mein der ho gayi");
    ur.finds(Act.CONCRETE_TIMELINE, "3 din mein refund aa jaye ga", "do din ke andar", "دو دن میں");
    ur.finds(Act.NEXT_STEP, "refund kar den ge", "hum aap ko call kar dein ge");
    // a polite request opening the line is no promise; a promise with soon stays one
    ur.doesNotFind(Act.VAGUE_PROMISE, "بتائیے گا کہ نیا راؤٹر لگنے کے بعد سپیڈ کیسی ہے۔",
        "bataiye ga ke speed kaisi hai");
    ur.finds(Act.VAGUE_PROMISE, "hum aap ko jald bataen ge");
    ur.doesNotFind(Act.DISCOURTESY, "hum aap ko jald bataen ge",
        "Hamare staff ko aap ko update dena chahiye tha, they didn't");
    ur.finds(Act.DISCOURTESY, "jaldi batayen, mere paas waqt nahi", "رکیں! پہلے میری بات پوری ہونے دیں۔",
        "واہ، کمال ہے، چارجر پانی میں گرا کر پوچھ رہے ہیں", "اپنی حد میں رہیں");
    ur.doesNotFind(Act.DISCOURTESY, "wo khoob kaam karta hai");
    // a satisfaction tag question and an entered complaint restate nothing
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING, "آج کی سروس سے آپ مطمئن ہو کر جا رہے ہیں نا؟",
        "lekin complaint darj hai");
    ur.finds(Act.CONFIRM_UNDERSTANDING, "یعنی آپ کا آرڈر ابھی تک نہیں پہنچا، ٹھیک ہے نا؟");
    ur.finds(Act.CHECK_SATISFACTION, "Cable dobara laga ke dekhein aur mujhe batayein TV pe picture aayi ya nahi.",
        "آپ کی شکایت دور ہو گئی؟", "koi shikayat to nahi ab?");
    ur.finds(Act.ASK_PREFERENCE, "آپ چاہیں تو ہم مرمت کر دیں، چاہیں تو نیا یونٹ دے دیں۔");
    ur.finds(Act.OFFER_HELP, "ہم آپ کی ہر ممکن مدد کریں گے");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "ٹیکنیشن کو وقت پر پہنچنا چاہیے تھا", "hamari service achi nahi thi",
        "ye company ki ghalti hai", "Hamari app mein bug tha jis ki wajah se do dafa payment kati.",
        "ہماری ایپ میں بگ تھا", "Hamari side se miscommunication hui");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "hamari service mein koi kharabi nahi thi", "یہ کوریئر کمپنی کی غلطی ہے۔",
        "hamari app mein koi bug nahi tha");
  }

  @Test
  public void howLongAnOfferOrACardHoldsIsNoDeadline() {
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "Ye offer 31 December tak valid hai.", "یہ آفر 31 دسمبر تک ویلڈ ہے۔", "Card March 2027 tak valid hai.");
    // checking again, or an earlier call, is not telling the customer for the nth time
    ur.doesNotFind(Act.DISCOURTESY, "Ji, main teesri baar check kar rahi hun taake koi ghalti na ho.",
        "Last time aap ne jo number bataya tha, wo band hai.");
    ur.finds(Act.DISCOURTESY, "Main aap ko teesri baar bata raha hun, system down hai.", "آخری بار کہہ رہا ہوں، ٹوکن نمبر لیں۔");
    // the customer still inside a window is a state, not a deadline
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "Aap abhi 30 din ke andar hain, is liye return shuru kar diya hai.",
        "آپ ابھی تیس دن کے اندر ہیں۔");
    ur.finds(Act.CONCRETE_TIMELINE, "Refund 5 din ke andar ho jaye ga.", "ریفنڈ پانچ دن کے اندر ہو جائے گا۔");
    ur.finds(Act.CONCRETE_TIMELINE, "Aap ka refund 31 December tak aa jaye ga.", "آپ کا ریفنڈ 31 دسمبر تک آ جائے گا۔");
  }

  @Test
  public void aFaultOwnedOrDeniedAWrongThingSentAQueueAndAnUnclearPhotoAreNoRudeness() {
    ur.doesNotFind(Act.DISCOURTESY, "Hamari ghalti, aap ka order ghalat address pe chala gaya.",
        "ہماری غلطی، آپ کا آرڈر غلط پتے پر چلا گیا۔", "yaqeen karein, hum ye nahi keh rahe ke ghalti aap ki hai.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "Hamari ghalti, aap ka order ghalat address pe chala gaya.");
    ur.finds(Act.DISCOURTESY, "ghalti aap ki hai, hamari nahi", "غلطی آپ کی ہے", "Hamari ghalti nahi, ghalti aap ki hai.");
    // the wrong colour sent to the customer: "ap ko ghalat" keys like "ap ki ghalti" in Latin letters
    ur.doesNotFind(Act.DISCOURTESY, "Hamari ghalti thi k ap ko ghalat color bhej diya, ap ko exchange chahiye ya refund?");
    // a queue shown the way, and a photo not clear enough, are instructions
    ur.doesNotFind(Act.DISCOURTESY, "خون کا نمونہ دینے والے دائیں ہاتھ والی قطار میں لگیں۔",
        "میٹر کی تصویر میں ریڈنگ صاف نظر نہیں آ رہی، دوبارہ بھیجیں۔");
    ur.finds(Act.DISCOURTESY, "لائن میں لگیں، یہاں سب کو جلدی ہے۔", "آپ کو بورڈ نظر نہیں آیا؟",
        "بھائی صاحب، لائن میں لگیں، یہ آپ کا گھر نہیں ہے کہ سیدھے کاؤنٹر پر آ گئے۔");
  }

  @Test
  public void toldSoManyTimesAlready() {
    ur.finds(Act.DISCOURTESY, "میں آپ کو تین دفعہ بتا چکی ہوں کہ پیکج ختم ہو چکا ہے۔",
        "Sir apko 3 dafa bola hai technician kal aye ga.", "bta chuka hun 3 dafa, sim block h",
        "main aap ko 2 dafa bata chuka hun", "شکریہ کہ آپ نے چوتھی بار وہی سوال پوچھا۔");
    ur.doesNotFind(Act.DISCOURTESY, "main ne aap ko 2 dafa call ki thi magar aap ne nahi uthaya",
        "Maine rider ko 2 dafa bola hai ke aap ko call kare.", "aap ne mujhe 2 dafa bataya tha, shukriya",
        "Jee, main ek dafa app khol k check kar leti hun.", "Oh ho, ye to bohat bura hua aap ke sath, maafi chahta hun.");
    // the fuss made small, arguing called pointless, the customer told to think or to learn
    ur.finds(Act.DISCOURTESY, "bhai 50 rupay k liye itna drama?", "آٹھ سو روپے کی بات پر اتنا شور؟",
        "Rider sirf 5 min late hua hai, itna ghussa kis baat ka?", "دنیا ختم نہیں ہو گئی۔",
        "Bro chill kro, refund aa jaye ga, mar to nahi rahe na", "mujhse behas karne ka koi faida nai",
        "next time soch samajh ke order kijiye ga", "waqt pe aana seekhen");
    ur.doesNotFind(Act.DISCOURTESY, "Main samajh sakti hun aap ko itna ghussa kyun hai.", "Aap ka ghussa jaiz hai.",
        "Mera beta gaari chalana seekh raha hai.");
  }

  @Test
  public void aWishToHelpPutPolitelyAndAMatterUnderConsideration() {
    ur.finds(Act.OFFER_HELP, "جی، ہم آپ کی مدد کرنا چاہیں گے۔", "Hum aap ki madad karna chahenge.");
    ur.doesNotFind(Act.ASK_PREFERENCE, "جی، ہم آپ کی مدد کرنا چاہیں گے۔");
    ur.finds(Act.ASK_PREFERENCE, "آپ کیا کرنا چاہیں گے، ریفنڈ یا تبدیلی؟");
    ur.finds(Act.VAGUE_PROMISE, "آپ کا معاملہ زیرِ غور ہے۔", "Aap ka case zer-e-ghaur hai.", "Aap ka case zer e ghaur hai.");
    ur.doesNotFind(Act.VAGUE_PROMISE, "ye zer-e-ghaur nahi hai");
  }

  @Test
  public void aTimeTheEnglishReadingFindsIsEnglishToJudge() {
    // the classifier that confirms Urdu timelines learned Urdu lines; a deadline typed in English is English's to judge
    ur.finds(Act.CONCRETE_TIMELINE, "The refund reaches your account by 6 pm tomorrow.",
        "Theek hai, new SIM will be delivered by Monday EOD.",
        "Maafi chahte hain, corrected bill will be shared by Friday EOD.");
    // English's own exceptions still hold, and an Urdu phrase's time is still the Urdu classifier's to confirm
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "Ye offer 31 December tak valid hai.", "We are open until 9 pm today.");
  }

  @Test
  public void aSentenceWrittenInEnglishIsEnglishToJudge() {
    // Urdu's phrases read into plain English what English does not: "Let us know if you need anything else" offers more
    // help and checks no fix, "and have a great day" is no "andha ho", and the Urdu classifier, which learned Urdu
    // lines, calls no polite English sentence rude
    ur.doesNotFind(Act.CHECK_SATISFACTION, "Let us know if you need anything else.",
        "Please let me know how I can help.", "Sure, just let me know if I can help.");
    ur.finds(Act.ANYTHING_ELSE, "Let us know if you need anything else.");
    ur.doesNotFind(Act.DISCOURTESY, "Thank you and have a great day ahead!",
        "Try power cycling your modem. You should be good now.",
        "Snow can be fun! Is there anything else I can do for you?", "We may be able to wait list you.",
        "Let's take a look at that and see what options are available for this package.",
        "That's great to hear. If anything comes up, just let us know.");
    ur.doesNotFind(Act.ESCALATION, "Please escalate this to our support team.");
    // a code-mixed sentence is still Urdu's, and Urdu's own rude English still counts in an English sentence
    ur.finds(Act.APOLOGY, "Sorry for the inconvenience, main abhi check karti hun.");
    ur.finds(Act.CHECK_SATISFACTION, "Try karke dekhiye aur let me know if it works.");
    ur.finds(Act.DISCOURTESY, "Ma'am please, I'm not here to babysit you. Link pe click karein.",
        "Sir, you're not our only customer, ok?");
    // an English sentence's acts are English's, whatever Urdu's lexicon knows
    ur.finds(Act.CHECK_SATISFACTION, "Sir, connection restore ho gaya hai. Is it working on your side now?");
    ur.finds(Act.OFFER_HELP, "Want me to walk you through it? 2 minute ka kaam hai.");
  }

  @Test
  public void pressureThatGetsTheCustomerNowhereAndWhoTheyThinkTheyAreAreDiscourtesy() {
    // shouting, threats or drama will get the customer nowhere; who do they think they are
    ur.finds(Act.DISCOURTESY,
        "Chillane se kuch nahi hoga, system down hai.",
        "آپ کے چیخنے سے بل کم نہیں ہو گا۔",
        "Dhamkiyon ka hum par koi asar nahi hota.",
        "Aap ke gusse se refund jaldi nahi aaye ga.");
    ur.doesNotFind(Act.DISCOURTESY,
        "Gusse ki zaroorat nahi, hum abhi hal kar dete hain.");
    ur.finds(Act.DISCOURTESY,
        "Aap kaun hote hain mujhe ye batane wale?",
        "آپ ہوتے کون ہیں ہمیں سکھانے والے؟",
        "Aap khud ko kya samajhte hain?",
        "آپ کی ہمت کیسے ہوئی مجھ سے اس طرح بات کرنے کی؟");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap kaun se package par hain?");
  }

  @Test
  public void sendingTheCustomerAwayAndRefusingToServeThemAreDiscourtesy() {
    // sent away, no one's servant or contractor, left to sort it out
    ur.finds(Act.DISCOURTESY,
        "Bhaar mein jayen aap aur aap ki complaint.",
        "Yahan se niklo, next!",
        "یہاں سے نکل جائیں، اگلا۔");
    ur.doesNotFind(Act.DISCOURTESY,
        "Yahan se nikal kar seedha counter 3 par jayen.");
    ur.finds(Act.DISCOURTESY,
        "Main aap ka personal assistant nahi hun.",
        "میں آپ کی نوکرانی نہیں ہوں۔",
        "Hum ne aap ka theka nahi le rakha.");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ka refund ab tak nahi aaya, main check karti hun.");
    ur.finds(Act.DISCOURTESY,
        "Ab aap jaanein aur courier wale jaanein.",
        "Ye aap ke bank ka masla hai, aap jaanein.",
        "اب آپ جانیں اور آپ کا بینک۔");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap jaanein ge ke naya package behtar hai.");
  }

  @Test
  public void aComplaintCalledBaselessAndItsConsequencesPutOnTheCustomerAreDiscourtesy() {
    // a complaint called baseless, the consequences and the habit put on the customer, told so before
    ur.finds(Act.DISCOURTESY,
        "آپ کی شکایت بالکل بے بنیاد ہے۔",
        "Ye jhooti complaint hai sir.",
        "Aap ka ilzaam be-bunyad hai.");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ki shikayat be-bunyad nahi hai, hum check kar rahe hain.");
    ur.finds(Act.DISCOURTESY,
        "Phir nateeje ki zimmedari aap par hogi.",
        "Ab bhugatna parega aap ko.",
        "نتائج کی ذمہ داری آپ پر ہو گی۔");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ke nuqsan ke nateeje ki zimmedari hum lete hain.");
    ur.finds(Act.DISCOURTESY,
        "Har baar aap hi late payment karte hain.",
        "ہر مہینے آپ ہی شکایت لے کر آ جاتے ہیں۔",
        "Kabhi khud bhi bill parh liya karein.");
    ur.doesNotFind(Act.DISCOURTESY,
        "Kabhi bhi zaroorat ho to khud app mein check kar lein.");
    ur.finds(Act.DISCOURTESY,
        "Main ne kaha tha na ke ye nahi chalega.",
        "میں نے بتایا تھا نا؟",
        "Hum ne pehle hi samjhaya tha na?");
    ur.doesNotFind(Act.DISCOURTESY,
        "Main ne kaha tha na ke main aap ko call karun gi, isliye call ki hai.");
  }

  @Test
  public void complainingCalledUselessAndTheCustomersStoryRefusedAreDiscourtesy() {
    // complaining called useless, the story refused, favours and shows, what would the customer know
    ur.finds(Act.DISCOURTESY,
        "Complaint karne ka koi faida nahi.",
        "Jitni marzi complaints kar lein, kuch nahi hoga.",
        "جس کو مرضی بتا دیں، کچھ نہیں ہو گا۔",
        "Mujhe aap ki lambi kahani nahi sunni.",
        "Ye qisse mat sunayein mujhe.",
        "مجھے آپ کی داستان نہیں سننی۔");
    ur.doesNotFind(Act.DISCOURTESY,
        "Hum aap ki har baat sun rahe hain, aap apni kahani tasalli se sunayein.");
    ur.finds(Act.DISCOURTESY,
        "Aap koi ehsaan nahi kar rahe hum par.",
        "Aap ne mazaq bana rakha hai?",
        "Ye koi mazaq hai?",
        "کیا آپ نے تماشا بنا رکھا ہے؟");
    ur.doesNotFind(Act.DISCOURTESY,
        "Hum aap par koi ehsaan nahi kar rahe, ye aap ka haq hai.");
    ur.finds(Act.DISCOURTESY,
        "Aap ko kya pata?",
        "آپ کو کیا معلوم یہ سسٹم کیسے کام کرتا ہے۔",
        "Aap ko kya maloom network kaise chalta hai.");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ko kya pata chala, courier ne kya kaha?");
  }

  @Test
  public void impatienceBelittlingAndExasperationAreDiscourtesy() {
    // no patience, no fighting, schooled yet lost, what is it now, no shop here, no grasp at all
    ur.finds(Act.DISCOURTESY,
        "Ek minute sabr nahi hota aap se?",
        "Aap mujh se lar kyun rahe hain?",
        "Jhagra mat karein, line mein aayen.",
        "آپ لڑ کیوں رہے ہیں؟");
    ur.doesNotFind(Act.DISCOURTESY,
        "Main samajh sakti hun ke aise mein sabr nahi hota.");
    ur.finds(Act.DISCOURTESY,
        "Parhe likhe ho kar bhi form nahi bhar sakte?",
        "Ye basic cheez hai sir.",
        "Aap se kisi ne poocha?",
        "پڑھے لکھے ہو کر بھی آپ کو یہ نہیں پتا؟");
    ur.doesNotFind(Act.DISCOURTESY,
        "Ye basic package hai, is mein 10 GB hai.",
        "Aap se kisi ne rabta kiya tha?");
    ur.finds(Act.DISCOURTESY,
        "haan bolo, ab kya hai?",
        "اب کیا ہے؟",
        "Uff, bolein ab kya hai");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ka balance ab kya hai, main check karti hun.");
    ur.finds(Act.DISCOURTESY,
        "Yahan dukaan nahi khol rakhi.",
        "Hum khairat nahi baant rahe.",
        "یہاں لنگر نہیں بٹ رہا۔",
        "Aap ko apne package ki samajh hi nahi hai.",
        "آپ کو عقل ہی نہیں ہے۔");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ko samajh nahi aa raha to main dobara samjha deti hun.",
        "Hum khud dekh lete hain, aap order number bhej dein.",
        "Yaad rahe, apna PIN kisi ke saath share na karein.");
  }

  @Test
  public void answeringForItAndTheCustomerWrongedAreAcceptedResponsibility() {
    // answerable, the complaint held justified, the customer wronged, a slip or lateness of ours
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Hum is ke poori tarah zimmedar hain.",
        "ہم اس نقصان کے ذمہ دار ہیں۔",
        "Hum log is delay ke jawabdeh hain.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Hum aap ke data ke zimmedar nahi hain.",
        "ہم سمجھتے ہیں کہ آپ اس کے ذمہ دار ہیں۔");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Aap ki shikayat bilkul bajaa hai.",
        "آپ کی شکایت جائز ہے۔",
        "Aap ki complaint bilkul justified hai.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Aap ki shikayat jaiz nahi hai.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Aap ke saath ziyadti hui hai, hum isay theek karein ge.",
        "آپ کے ساتھ واقعی ناانصافی ہوئی۔",
        "Aap ke saath ghalat hua, maazrat.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Aap ke saath koi ziyadti nahi hui.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Hum se der ho gayi, maazrat.",
        "مجھ سے جواب دینے میں تاخیر ہوئی۔",
        "Hum se susti hui.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Aap ko hum se rabta karne mein der hui.");
  }

  @Test
  public void heedLatenessAndForgettingOfOursAreAcceptedResponsibility() {
    // no heed paid, late, on our side, unacceptable from us, forgotten by ours, a delay with something of ours as its cause
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Hum ne aap ki request par dhyan nahi diya.",
        "ہمارے عملے نے آپ کی بات پر توجہ نہیں دی۔",
        "Hamare agent ne aap ki baat ghaur se nahi suni.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Aap ne hamari email par dhyan nahi diya.",
        "ہم نے آپ کو بتایا تھا لیکن آپ نے دھیان نہیں دیا۔");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Hum ne courier late book kiya tha.",
        "Hamara rider late tha, sorry.",
        "ہماری ڈیلیوری لیٹ ہو گئی۔");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Hum ne aap ki late fee maaf kar di hai.",
        "Hamara rider 10 minute mein pohanch jaye ga.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Issue hamari side pe tha, ab fix hai.",
        "مسئلہ ہماری طرف تھا۔",
        "Error hamari end pe tha.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Masla hamari side pe hai hi nahi, aap ka router kharab hai.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "That was unacceptable from our side.",
        "ہماری طرف سے یہ رویہ نامناسب تھا۔",
        "Hamari taraf se ye bilkul unprofessional tha.",
        "Hamare counter wale stamp lagana bhool gaye.",
        "Hamare technician aap ka meter check karna bhool gaye.",
        "ہمارے نمائندے آپ کو کال کرنا بھول گئے۔",
        "Ye bank ki ghalti hai, aap ke paise wapas ho rahe hain.",
        "بینک کی غلطی ہے، رقم واپس کی جا رہی ہے۔",
        "Refund mein der hamari apni processing ki wajah se hui.",
        "تاخیر ہمارے اپنے سسٹم کی وجہ سے ہوئی۔");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Delay hamari wajah se nahi, courier ki wajah se hua.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "ہمیں آپ کو آرڈر بھیجنے سے پہلے اسٹاک کی صورتحال ایک بار چیک کر کے بتانا چاہیے تھا۔");
  }

  @Test
  public void askingWhetherItHelpedWorkedOrIsResolvedChecksSatisfaction() {
    // whether it helped, worked, is better now or still failing, resolved, will do, as expected, received
    ur.finds(Act.CHECK_SATISFACTION,
        "Kya ye information helpful thi?",
        "کیا یہ معلومات مددگار ثابت ہوئی؟",
        "Ye guide useful rahi?",
        "Steps ne kaam kiya?",
        "Kya ye tareeqa kaam kar gaya?",
        "کیا یہ سیٹنگ کام کر گئی؟",
        "Ab speed behtar hai?",
        "اب آواز صاف ہے؟",
        "Abhi bhi error aa raha hai?",
        "کیا اب بھی مسئلہ آ رہا ہے؟");
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Kya aap abhi bhi line par hain?",
        "Ab kya behtar rahe ga, refund ya exchange?");
    ur.finds(Act.CHECK_SATISFACTION,
        "Aap ki complaint resolve ho gayi?",
        "Sab sort ho gaya?",
        "کیا آپ کی شکایت حل ہو گئی؟");
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Aap ki complaint kab resolve ho gi?",
        "Aap ki complaint register ho gayi hai?");
    ur.finds(Act.CHECK_SATISFACTION,
        "Kya main aap ke sawal ka jawab de paya?",
        "Baat ban gayi?",
        "کیا میں آپ کی صحیح رہنمائی دے سکا؟",
        "Ye chalega?",
        "Theek ho gaya na?",
        "ٹھیک ہو گیا نا؟");
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Kab tak ye offer chalega?");
    ur.finds(Act.CHECK_SATISFACTION,
        "Kya service aap ki umeed ke mutabiq thi?",
        "Parcel receive ho gaya aap ko?",
        "کیا پارسل وصول ہو گیا؟");
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Bill wala kaam ho gaya, koi aur cheez bhi dekhni hai?",
        "Yani parcel ghalat shehar pe chala gaya?");
  }

  @Test
  public void feelFreeToAskWantingToHelpAndWhatBringsTheCustomerOfferHelp() {
    // feel free to ask, wanting to help, how to assist, what brings the customer, what trouble they have, with them till done
    ur.finds(Act.OFFER_HELP,
        "Koi sawal ho to bila jhijhak rabta karein.",
        "کسی بھی وقت بلا جھجک پوچھیے۔",
        "Poochne mein hichkichayen nahi.");
    ur.doesNotFind(Act.OFFER_HELP,
        "Mazeed kuch poochna ho to bila jhijhak poochein.");
    ur.finds(Act.OFFER_HELP,
        "Main aap ki madad karna chahun gi.",
        "ہم آپ کی مدد کرنا چاہتے ہیں۔");
    ur.doesNotFind(Act.OFFER_HELP,
        "Main madad karna chahta hun lekin ye policy ke khilaf hai.");
    ur.finds(Act.OFFER_HELP,
        "Main aap ko kaise assist kar sakta hun?",
        "میں آپ کو کیسے گائیڈ کر سکتی ہوں؟",
        "Boliye, kya kar sakti hun aap ke liye?",
        "Hum kya kar sakte hain aap ke liye aaj?",
        "بتائیے، کیا کر سکتا ہوں آپ کے لیے؟",
        "Kaise yaad kiya sir?",
        "جی، کیسے یاد فرمایا؟",
        "Kis silsile mein aana hua?",
        "Kya problem aa rahi hai aap ko?",
        "آپ کو کیا مسئلہ درپیش ہے؟",
        "Aap ka masla kya hai, batayein.");
    ur.doesNotFind(Act.OFFER_HELP,
        "Kya ab bhi masla aa raha hai?",
        "Kya koi aur masla aa raha hai?",
        "Aap ka masla hal ho gaya hai?");
    ur.finds(Act.OFFER_HELP,
        "Aap ki madad karna hamara farz hai.",
        "آپ کی خدمت کرنا ہماری خوشی ہے۔",
        "Main yahin hun aap ke saath.",
        "Main yahan hun, aap aaram se batayein.",
        "Chaliye saath saath chalte hain, pehle settings kholein.",
        "میں یہاں ہوں، آپ تفصیل سے بتائیں۔");
    ur.doesNotFind(Act.OFFER_HELP,
        "Aap batayein kya aasan rahe ga, pickup ya drop-off?");
  }

  @Test
  public void repeatingItIgnoredAdviceAndRhetoricalQuestionsAreDiscourtesy() {
    // said before in English or for the nth time, advice ignored, can you even read, what do you want now
    ur.finds(Act.DISCOURTESY,
        "As already mentioned, refund policy mein ye shamil nahi.",
        "As per my last email, documents ke baghair kuch nahi hoga.",
        "Main aap ko teesri baar bata raha hun.",
        "میں آخری بار کہہ رہی ہوں، فارم مکمل کریں۔",
        "You have chosen to ignore the instructions, ab hum kuch nahi kar sakte.",
        "Aap ne hamari advice ignore ki thi.",
        "آپ نے ہماری ہدایات نظرانداز کیں۔",
        "Aap ko parhna aata hai?",
        "کیا آپ کو پڑھنا آتا ہے؟",
        "Aap chahte kya hain aakhir?",
        "آپ چاہتے کیا ہیں؟",
        "Ab kya takleef hai aap ko?");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ko kya chahiye, refund ya exchange?",
        "Aap kya chahte hain, refund ya replacement?",
        "Main aap ko aakhri update bhej rahi hun.",
        "Aap ka order teesri baar dispatch ho raha hai, maazrat.",
        "Kya aap ko SMS parhne mein mushkil aa rahi hai?");
  }

  @Test
  public void disbeliefMakingLightOfItAndShowingTheDoorAreDiscourtesy() {
    // disbelief, a customer is no licence, made light of, shown the door, dismissed, talking too much
    ur.finds(Act.DISCOURTESY,
        "Har koi yehi kehta hai sir.",
        "ہر کوئی یہی کہتا ہے کہ پیسے کٹ گئے۔",
        "Aap ki baat pe yaqeen nahi.",
        "Aap ka kya bharosa, kal phir kuch aur kahein ge.",
        "Customer hain to kya hua, rules sab ke liye hain.",
        "Aap koi VIP nahi hain.",
        "Ye aap ke samajhne ki baat nahi.",
        "Koi qayamat nahi aa gayi, ek din late hai.",
        "کون سی قیامت آ گئی؟",
        "Aap ko kaun rok raha hai, kisi aur se le lein.",
        "Bas yahi reh gaya tha.",
        "Haan haan sun liya, aage bolein.",
        "Whatever.",
        "Aap bohat bolte hain.",
        "آپ بہت بولتی ہیں۔",
        "Aap ki baat kyun sunein hum?");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ki baat pe hamein poora yaqeen hai.",
        "Hum aap ke liye koi special offer dekh lete hain.",
        "Whatever aap prefer karein, hum waisa kar dein ge.");
  }

  @Test
  public void poorServiceAndMessUpsOwnedAndTheCustomerSatisfiedByTheAgent() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Hum ne mess up kar diya, maazrat.",
        "Main ne dropped the ball, sorry sir.",
        "Ye hamari taraf se bad service thi.",
        "ہماری ناقص سروس کی وجہ سے آپ کو تکلیف ہوئی۔",
        "Hamari ghatiya service ke liye sharminda hain.",
        "Ye hamari nakami thi.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Payment failure hamari taraf se nahi hui.",
        "Hamari taraf se aap ko kabhi bad service nahi milegi.",
        "Hamari service ghatiya nahi hai.");
    ur.finds(Act.CHECK_SATISFACTION,
        "Kya main aap ki tasalli karwa saka?",
        "کیا میں آپ کا اطمینان کروا سکی؟",
        "Kya hum aap ki tasalli kar paye?");
    // of course, ask away; putting it right for the customer now
    ur.finds(Act.OFFER_HELP,
        "Ji zaroor, poochiye.",
        "ضرور، بتائیے۔",
        "Bilkul, farmaiye.",
        "یہ مسئلہ آپ کے فون کی سیٹنگ کا ہے، لیکن میں ابھی ٹھیک کروا دیتی ہوں۔",
        "Ji main abhi update kar deti hun.",
        "Main aap ka package change kar deta hun.");
    ur.doesNotFind(Act.OFFER_HELP,
        "Hum har mahine system mein rates update kar dete hain.",
        "Zaroor, ye aap ka haq hai.");
  }

  @Test
  public void workingNowTagsOpenersAndOurStaffNamedWithoutOur() {
    // a tag question on whether it works now checks the fix and restates nothing
    ur.finds(Act.CHECK_SATISFACTION,
        "Naye router ke baad net theek chal raha hai na?",
        "اب گیزر ٹھیک کام کر رہا ہے نا؟",
        "Ab sms aa rahe hain na?",
        "Phone pe bhi app chal rahi hai, right?");
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING,
        "Naye router ke baad net theek chal raha hai na?",
        "اب گیزر ٹھیک کام کر رہا ہے نا؟");
    ur.finds(Act.CONFIRM_UNDERSTANDING, "Yani aap ka net kal se nahi chal raha, theek hai na?");
    // what the customer is looking for, or any trouble, asked at the start
    ur.finds(Act.OFFER_HELP,
        "Koi khaas rang dhoond rahi hain?",
        "آپ کیا تلاش کر رہے ہیں؟",
        "Kis cheez ki talash hai?",
        "Bill ke baare mein koi masla hai?",
        "کیا کارڈ سے متعلق کوئی شکایت ہے؟");
    ur.doesNotFind(Act.OFFER_HELP, "Kya ab koi masla hai?", "Koi masla to nahi?");
    // our staff did it wrong, though not called ours; the customer's own technician is not ours
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Technician ne ghalat meter laga diya tha.",
        "ہمارے لائن مین نے غلط تار جوڑ دی۔",
        "Cashier ne ghalti se do dafa entry kar di.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Aap ke technician ne ghalat wiring ki thi.",
        "Private technician ne ghalat part laga diya.");
  }

  @Test
  public void doingItForTheCustomerGuidingAndAlwaysAvailableOfferHelp() {
    // done for the customer with "khud" or "for you", the agent's offer asked, guiding step by step, "let me see what"
    ur.finds(Act.OFFER_HELP,
        "Aap ka form main khud bhar deti hun, bas CNIC dikha dein.",
        "میں آپ کے لیے شکایت درج کر دیتا ہوں۔",
        "Ye kaam main karwa deti hun, aap befikar rahein.",
        "آپ کہیں تو میں ابھی نیا کارڈ آرڈر کر دوں؟",
        "Main aap ke liye complaint khud likh dun?",
        "Main aap ko step by step samjhata hun, pehle app kholein.",
        "میں ساتھ ساتھ بتاتی جاتی ہوں، آپ سیٹنگ کھولیں۔",
        "Laiye, receipt mujhe dikhaiye, main dekhti hun kya masla hai.",
        "ذرا اسکرین شاٹ بھیجیں، میں دیکھتا ہوں۔");
    ur.doesNotFind(Act.OFFER_HELP,
        "Main ye form khud nahi bhar sakti, aap ko khud aana hoga.",
        "Hum har mahine bill khud update kar dete hain.",
        "main dekhta hun isay, phir batata hun");
    // help there at any time, what can be done, handling it is our job, on the line, ask whatever is unclear, English
    ur.finds(Act.OFFER_HELP,
        "Hamari team rehnumai ke liye har waqt maujood hai.",
        "سپورٹ کے لیے ہمارا عملہ ہمہ وقت تیار ہے۔",
        "Bataiye, aap ke liye kya kiya ja sakta hai?",
        "Ye sort karna hamara kaam hai, aap tension na lein.",
        "Pareshan na hon, main line pe hun.",
        "Jo bhi samajh na aaye, bila takalluf pooch lijiye.",
        "کچھ سمجھ نہ آئے تو ہمیں کال کر لیجیے گا۔",
        "Don't worry, I've got you, bas account number bhej dein.",
        "Would you like me to walk you through the steps?");
    ur.doesNotFind(Act.OFFER_HELP,
        "Wo team aap ki rehnumai ke liye maujood nahi hai, branch jana hoga.",
        "Hum khud aap ke ghar nahi aa sakte, aap ko branch aana hoga.");
  }

  @Test
  public void nowOrStillLitOrArrivedAndRatingsCheckSatisfaction() {
    // now, or still as before; lit or connected; arrived, asked verb first
    ur.finds(Act.CHECK_SATISFACTION,
        "Printer ab chal raha hai ya abhi bhi paper phans raha hai?",
        "کیا اب پنکھا ٹھیک گھوم رہا ہے یا ابھی تک آواز آ رہی ہے؟",
        "Light jal gayi?",
        "اب سب فون وائی فائی سے جڑ گئے ہیں؟",
        "mil gaya refund?",
        "پہنچ گیا پارسل؟");
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Kya aap ke area mein bijli aa rahi hai?",
        "Aap ke mohalle mein gas aa rahi hai?",
        "Meter jal gaya tha to aap ne kab complaint ki?",
        "Umeed hai aap ko naya phone pasand aaye ga.");
    // a fix done then looked at, let us know that it works, working for the customer, as wanted, a rating, English
    ur.finds(Act.CHECK_SATISFACTION,
        "Address update kar diya hai, app mein dekh lein ab sahi hai?",
        "Let us know ke naya router theek kaam kar raha hai.",
        "Naya plan aap ke liye kaam kar raha hai na?",
        "کیا سب کچھ ویسا ہی ہوا جیسا آپ چاہتی تھیں؟",
        "Hamari service ko 5 mein se kitne star dein gi?",
        "Is this what you were looking for?",
        "براہ کرم تصدیق فرمائیں کہ ریفنڈ آپ کو مل گیا ہے۔");
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING,
        "Naya plan aap ke liye kaam kar raha hai na?",
        "Jacket ki fitting ab durust hai?");
    ur.doesNotFind(Act.ASK_PREFERENCE, "Umeed hai aap ko naya phone pasand aaye ga.");
  }

  @Test
  public void lapsesInOurHouseHasteAndBlameOnUsAreAcceptedResponsibility() {
    // a lapse where it happened in our house; should never have been charged; done in haste or unchecked; mere se
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "غلطی ہمارے گودام میں ہوئی، سائز بدل گیا۔",
        "Ye fine lagna hi nahi chahiye tha, hum hata rahe hain.",
        "Aap ka connection katna hi nahi tha.",
        "ہمارے ٹیکنیشن نے بغیر چیک کیے میٹر بدل دیا۔",
        "Hum ne bina bataye aap ka plan change kar diya.",
        "Mere se order ulta ho gaya tha.",
        "ہم سے رقم ڈبل ہو گئی، واپس کر رہے ہیں۔",
        "Mere se hi ghalti hui sir.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Garbar hamare warehouse mein nahi hui, courier ne parcel khola.",
        "Ye charge to lagna hi tha, aap ne late payment ki.",
        "Aap ne bina bataye connection kisi aur ko de diya tha.");
    // in English words, our service that fell short, the blame falls on us, our own lapse with a word between
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "The error on your bill was a glitch in our system.",
        "That was our mistake, we've fixed it.",
        "Hamari delivery is hafte bohat kharab rahi, maazrat.",
        "ہماری سروس اس بار ناقص رہی۔",
        "Is ka sara blame hum par aata hai.",
        "اس کی ذمہ داری ہم پر آتی ہے۔",
        "ہم اپنی اس غلطی کو تسلیم کرتے ہیں۔");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Hamari service kabhi kharab nahi rahi.",
        "It was not our fault, the bank reversed it.",
        "There was no error in our system.",
        "Blame hum par daal dena asaan hai.",
        "Ye sort karna hamara kaam hai, aap tension na lein.");
    ur.finds(Act.APOLOGY, "Hum is taakheer par nadim hain.", "ہم اس کوتاہی پر نادم ہیں۔");
  }

  @Test
  public void sarcasmImpatienceLecturingAndFussAreDiscourtesy() {
    // knowing it all, asking for the nth time, people like you, look it up first, should have thought, can't even
    ur.finds(Act.DISCOURTESY,
        "Sab aap ko hi maloom hai to hum se kyun pooch rahe hain?",
        "Aap ye baat chauthi dafa pooch rahe hain.",
        "آپ یہ سوال پانچویں بار لکھ رہے ہیں۔",
        "آپ کی طرح کے لوگ ہی لائن لمبی کرتے ہیں۔",
        "Pehle website parh liya karein, phir call karein.",
        "Plan lena tha to pehle sochte.",
        "آپ سے ایک پاس ورڈ یاد نہیں رکھا جاتا؟");
    ur.doesNotFind(Act.DISCOURTESY,
        "Maazrat, aap teesri baar pooch rahe hain aur hum ab tak jawab nahi de sake.",
        "Aap ki awaaz saaf sunayi nahi de rahi, zara qareeb aayen.",
        "Captain ne badtameezi ki to hum action lein ge.");
    // cut short, not listening, said enough times, no time, roundabout talk, fault-finding, working for free
    ur.finds(Act.DISCOURTESY,
        "Itni lambi kahani mat sunayein, point pe aayen.",
        "Bas bas, samajh gaya.",
        "Aap samajhna hi nahi chahte.",
        "ہم نے آپ کو پہلے بھی سمجھایا تھا۔",
        "I've told you this several times already.",
        "Listen, I don't have all day.",
        "Ghuma phira ke baat mat karein.",
        "آپ ہر چیز میں کیڑے نکالتے ہیں۔",
        "Hum yahan muft mein kaam kar rahe hain kya?");
    // no rule of your own, not worth an answer, what do I lose, a fuss, worked up, cut off, can't you see, decide first
    ur.finds(Act.DISCOURTESY,
        "Aap ke liye koi alag rule nahi hai.",
        "Aap ki email ka jawab dena zaroori nahi samjha.",
        "Mera kya jata hai, aap jaanein.",
        "Aap ne to sar pe utha liya hai.",
        "Itna jazbati hone ki zaroorat nahi.",
        "Meri baat kaat kar kuch nahi milega.",
        "Aap ko notice nazar nahi aaya?",
        "Pehle khud tay kar lein ke chahiye kya, phir humein call karein.");
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ko kahin aur jaane ki zaroorat nahi, yahin ho jaye ga.",
        "Itna pareshan hone ki zaroorat nahi, main hun na.",
        "Aap ke liye alag counter hai, wahan chale jayein.");
    ur.doesNotFind(Act.POLICY_AS_WEAPON, "Aap ke liye koi alag rule nahi hai.");
  }

  @Test
  public void aTimeBookedForTheNextStepIsAConcreteTimeline() {
    // the booking is past, the time booked is ahead of us; what the customer booked (a table, a show) is no timeline
    ur.finds(Act.CONCRETE_TIMELINE,
        "Technician kal subah 9 baje ke liye book ho gaya hai",
        "ٹیکنیشن کل صبح 9 بجے کے لیے بک ہو گیا ہے۔",
        "engineer ki visit parson 11 baje ke liye schedule ho gayi hai",
        "انجینئر کا وزٹ پرسوں 11 بجے کے لیے شیڈول ہو گیا ہے۔",
        "Aap ki installation Monday 3 baje ke liye fix kar di gayi hai.",
        "Rider ki pickup kal shaam 4 baje ke liye confirm hai.",
        "نیا وقت کل صبح 10 بجے طے کر دیا گیا ہے۔");
    ur.doesNotFind(Act.CONCRETE_TIMELINE,
        "Aap ne table kal raat 8 baje ke liye book kiya hai.",
        "آپ کا ٹکٹ پرسوں شام 6 بجے کے شو کے لیے بک ہے۔",
        "Aap ki seat kal subah 9 baje ke liye reserve hai.",
        "آپ نے کل رات 8 بجے کے لیے میز بک کی تھی۔",
        "Technician kal 9 baje aaya tha.");
  }

  @Test
  public void customersLikeYouPraisedAreNoRudeness() {
    ur.doesNotFind(Act.DISCOURTESY, "Aap jaise customers hamari taqat hain.", "آپ جیسے گاہکوں کی وجہ سے ہی ہم یہاں ہیں۔");
    ur.finds(Act.DISCOURTESY, "Aap jaise log hi masla khara karte hain.", "آپ جیسے لوگوں کو سمجھانا مشکل ہے۔",
        "Aap jaise customers ki wajah se hi line itni lambi hoti hai.");
  }

  @Test
  public void hurrySarcasmAndBlameAreDiscourtesyInWordingsOfTheirOwn() {
    // hurried, even this to explain, shall I come and do it myself, the fuss made light of, all of it the customer's
    // fault, sarcasm, sitting idle
    ur.finds(Act.DISCOURTESY,
        "Seedhi baat karein, mujhe kahani nahi chahiye.",
        "Mere paas sara din nahi hai, number bolein.",
        "Time nahi hai mere paas, jaldi se batao.",
        "Kitni der lagayen ge aap form bharne mein?",
        "Aap ko ab ye bhi samjhana parega?",
        "کیا آپ کو یہ بھی بتانا پڑے گا؟",
        "Ab kya main khud aa kar aap ka router lagaun?",
        "Ab rona kis baat ka, aap ne khud card share kiya.",
        "شور کس بات کا؟ آپ نے خود غلط نمبر ڈالا۔",
        "Ye poora qasoor aap ka hai.",
        "ساری غلطی آپ کی ہے۔",
        "Achha, ab ye bhi hamari ghalti hai?",
        "Aap to farishte hain, sab company ne kiya.",
        "Sab aap ka hi kiya dhara hai.",
        "Hum yahan bekaar nahi baithe.");
    ur.doesNotFind(Act.DISCOURTESY,
        "Sir, main aap ko seedhi baat batata hun, refund teen din mein aaye ga.",
        "Mere paas abhi poori maloomat nahi hai, main check kar ke batata hun.",
        "Kitna time lagega, main abhi bata deta hun.",
        "Kya main khud aa kar aap ko device dikha dun?",
        "Is mein aap ka koi qasoor nahi, sara qasoor hamara hai.",
        "Ye bhi bata dun ke aap ka bonus add ho gaya hai.");
  }

  @Test
  public void nothingToDoWithUsGoElsewhereAndComplainWhereYouLikeAreDiscourtesy() {
    ur.finds(Act.DISCOURTESY,
        "Mera aap ke parcel se koi lena dena nahi.",
        "مجھے اس سے کیا؟",
        "Mujhe is baat se koi matlab nahi ke rider kahan hai.",
        "Kisi aur company se connection lagwa lein.",
        "Service pasand nahi to connection katwa dein.",
        "Jahan complaint karni hai kar lo.",
        "Jo marzi complaint karein, kuch nahi hoga.",
        "Dobara poochhne se jawab badal nahi jaye ga.",
        "Bank aap ke baap ka hai kya?");
    // another plan offered, an option to port, a nearer branch, a meaning put right
    ur.doesNotFind(Act.DISCOURTESY,
        "Agar ye plan pasand nahi to main aap ko doosra plan bata deta hun.",
        "Agar aap chahein to kisi aur network pe port karwa sakte hain, process ye hai.",
        "Kisi aur branch se bhi card le sakte hain aap, jo qareeb ho.",
        "Mera matlab ye nahi tha, main dobara samjhati hun.");
  }

  @Test
  public void lecturingRefusingToListenThreatsToEndTheCallAndFamiliarAddressAreDiscourtesy() {
    // read it first, had you read it, you don't even know, no use explaining, won't hear or talk more, the call cut
    // for the customer's manner, calm yourself, mend your tone, oye and tum
    ur.finds(Act.DISCOURTESY,
        "Pehle poori email dhyan se parhein phir sawal karein.",
        "Agar aap bill ghaur se dekhte to ye naubat na aati.",
        "Terms parhne ki zehmat kar lete to ye masla na hota.",
        "آپ کو یہ بھی نہیں پتا؟",
        "Aap logon ko samjhana hi bekaar hai.",
        "Mujhe aap ki koi baat nahi sunni.",
        "میں اب مزید کچھ نہیں سنوں گا۔",
        "Main is par mazeed baat nahi karunga.",
        "Aap ne phir gaali di to main call kaat dun ga.",
        "Agar aise hi chillate rahe to line band kar dun gi.",
        "Lehja theek karein warna call khatam.",
        "اگر آپ نے اسی طرح بات کی تو میں کال منقطع کر دوں گا۔",
        "Pehle aap shant ho jayen.",
        "Ghussa thook dein aur number bolein.",
        "Aap apna lehja theek karein.",
        "اپنا رویہ درست رکھیں۔",
        "Oye, account number bata.",
        "Tumhara order cancel ho gaya hai.",
        "Tum log bas complaint karna jante ho.");
    // guidance to read, a bad line, a line that may drop, anger understood, a promise to do better, time and team
    // (which key like tum in Latin letters), the customer's words quoted
    ur.doesNotFind(Act.DISCOURTESY,
        "Pehle poora form parh lijiye, phir agar koi sawal ho to main yahin hun.",
        "Aap ko bhi nahi pata tha, koi baat nahi, main bata deti hun.",
        "Maazrat, awaz kat rahi hai, main aap ki baat nahi sun pa raha.",
        "Line par rahein warna call disconnect ho sakti hai.",
        "Aap ka ghussa bilkul jaiz hai, main samajhti hun.",
        "Hum apna rawayya behtar karenge, shikayat ka shukriya.",
        "Is mein thora time lag sakta hai, bardasht ka shukriya.",
        "Team ne aap ka order bhej diya hai.",
        "Aap ne kaha ke 'ye tumhari ghalti hai', main samajh rahi hun aap naraz hain.");
  }

  @Test
  public void tryItAndTellMeMoneyCreditedServiceRestoredAndHowItIsNowCheckSatisfaction() {
    ur.finds(Act.CHECK_SATISFACTION,
        "Ek dafa app update kar ke batayein.",
        "Router reboot kar ke mujhe confirm kar dein.",
        "Naya SIM laga ke try karein aur bataiye ga.",
        "ایک بار دوبارہ کوشش کر کے بتائیں۔",
        "Raqam aap ke account mein credit ho gayi?",
        "Balance update hua aap ka?",
        "Kya refund ka amount reflect ho gaya?",
        "Bijli bahal ho gayi?",
        "کیا گیس کی سپلائی بحال ہو گئی؟",
        "Ab internet kaisa chal raha hai?",
        "اب سروس کیسی ہے؟",
        "Kaam chal gaya aap ka?",
        "Kya main ne aap ka masla theek se hal kiya?",
        "Mera jawab aap ke kaam aaya?",
        "Issue fix ho gaya na?",
        "Kya ab aap card se payment kar pa rahe hain?",
        "Aap ka masla ab hal hai?",
        "Check kar ke bataiye ke paise pohanch gaye ya nahi.");
    // the customer's details asked, the agent's own report, when it was credited, a promised time, the agent checking,
    // a greeting, a restated fault
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Router restart kar ke mujhe apna serial number bata dein.",
        "Test kar ke bata raha hun.",
        "Aap ki payment kab credit hui thi?",
        "Kya pichle mahine aap ka bill clear hua tha?",
        "Refund paanch din mein credit ho jaye ga.",
        "Main check karti hun ke paise pohanch gaye ya nahi.",
        "Ab aap kaise hain?",
        "Balance abhi update nahi hua? Main check karti hun.",
        "Ab kya main aap ke ghar aa kar theek karun?");
  }

  @Test
  public void whyDontYouUnderstandIKnowBetterAndTheBlameTurnedBackAreDiscourtesy() {
    ur.finds(Act.DISCOURTESY,
        "Yaar, aap samajhte kyun nahi?",
        "آپ مانتے کیوں نہیں؟",
        "Aap se zyada ye app main samajhta hun.",
        "Sun lein pehle, phir bolna.",
        "Bank ko kyun ilzam de rahe hain, khud dhyan rakhte.",
        "آپ کو سمجھانا بھینس کے آگے بین بجانا ہے۔");
    ur.doesNotFind(Act.DISCOURTESY,
        "Main samajh sakti hun aap company ko kyun ilzam de rahe hain.",
        "Main samajhti hun aap kyun naraz hain.",
        "Hum aap ko ilzam nahi de rahe, main check karti hun.",
        "Hum khud dhyan rakhte hain ke aisa dobara na ho.");
  }

  @Test
  public void aRuleNamedWithAnAlternativeOrGuidanceToReadIsNoShield() {
    ur.doesNotFind(Act.POLICY_AS_WEAPON,
        "Maazrat, policy ke mutabiq ye refund mumkin nahi, lekin main aap ko voucher de sakta hun.",
        "Aap pehle terms parh lein, phir agar koi sawal ho to call kar lein.");
    ur.finds(Act.POLICY_AS_WEAPON, "Policy ke mutabiq refund nahi ho sakta.");
  }

  @Test
  public void courtesyAsOurDutyAndBeingHeardOutBeforeHelpAreNoRebuke() {
    ur.doesNotFind(Act.DISCOURTESY, "Tameez se pesh aana hamari zimmedari hai, aap befikar rahein.",
        "Pehle meri baat sun lein, phir main aap ka masla dekh leti hun.");
    ur.finds(Act.DISCOURTESY, "Tameez se baat karein!", "تمیز سے بات کریں", "Meri baat sunein, bar bar ek hi sawal mat karein.");
  }

  @Test
  public void wornOutSarcasticLecturingAndSendingAwayAreDiscourtesyInTheTwelfthRoundsWordings() {
    ur.finds(Act.DISCOURTESY,
        "Aap ke sawal sun sun kar mere kaan pak gaye.",
        "آپ کو یہ سمجھانا دیوار سے سر پھوڑنے جیسا ہے۔",
        "Main aadhe ghante se samjha raha hun, aap phir wohi baat pooche ja rahe hain.",
        "Email pe email na karein, jawab apni baari pe milega.",
        "Khuda ke liye har ghante call na karein.",
        "CAPS mein likhne se kuch nahi hoga.",
        "آپ نے خود پاس ورڈ بتایا اور اب بینک کو کوس رہے ہیں۔",
        "Agar aap pin code sahi likhte to ye hota hi nahi.",
        "Technician aap ke intezar mein sara din khara rahta?",
        "Hum to baithe hi aap ka bill barhane ke liye hain.",
        "آپ تو ماشاءاللہ سب جانتے ہیں، خود ہی ٹھیک کر لیں۔",
        "Mujhe lecture mat dein ke refund kaise hota hai.",
        "Ab kis zaban mein samjhaun aap ko?",
        "Parhna to aata hai na aap ko?",
        "Kam az kam bill dekh ke to call kiya karein.",
        "Main ne to pehle hi keh diya tha ke ye plan band hai.",
        "Ye counter shikayatein sunne ka nahi.",
        "Rider aap ka zaati naukar nahi.",
        "Company ko is se koi farq nahi parta ke aap kahan shikayat karein.",
        "Itna hi masla hai to connection chor dein.",
        "Aap phone pe ro rahe hain ya complaint likhwa rahe hain?",
        "Idhar aao, yahan sign karo.",
        "Haan to?",
        "یہ میرا کام نہیں، آپ کا کنکشن ہے، ہم ہر گھر جا کر تار تو نہیں جوڑ سکتے۔",
        "Mere paas aap ki poori dastan sunne ka waqt nahi.");
  }

  @Test
  public void customersNotAloneTheAgentHurryingTheirOwnAnswerAndACallBackAreNoRudeness() {
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap akele nahi hain, kai customers ko yehi masla aa raha hai, hum fix kar rahe hain.",
        "Aap ka time qeemti hai, main jaldi se bata deti hun.",
        "Maazrat, hamari wajah se aap ka waqt zaya hua.",
        "Ji aage boliye, main sun raha hun.",
        "Shukriya, ab aap phone rakh dein, hum 10 minute mein call back karein ge.",
        "Please SMS dhyan se parh lijiye, us mein code hai.",
        "Aap tension na lein, hum ye masla hal kar dein ge.",
        "Aap ne farmaya ke app bakwas hai; main ye baat team tak pohncha deti hun.",
        "Ye taakheer courier ki wajah se hai, na aap ki ghalti hai na hamari.",
        "Jo plan aap ko chahiye tha, wohi activate kar diya hai.",
        "آپ کے انتظار کا شکریہ، میں ابھی تفصیل بتاتی ہوں۔",
        "Hum ne pehle hi aap ka refund process kar diya hai.",
        "Aap ne khud form bhara tha, shukriya, ab main check karti hun.");
  }

  @Test
  public void restatementsOpenedWithYaniOrClosedWithACheckConfirmUnderstanding() {
    ur.finds(Act.CONFIRM_UNDERSTANDING,
        "Yani aap ke account se do dafa paise kat gaye?",
        "Acha ji, yani technician aaya hi nahi tha?",
        "Matlab aap ko bill ghalat mila?",
        "Rider ne parcel gate pe chhor diya — aisa hi hua?",
        "آپ کا فرمانا یہ ہے کہ میٹر خراب ہے؟",
        "To baat ye thehri ke aap ko sirf SIM replace karwani hai?",
        "Aap ka card do din se block hai, sahi likha?",
        "آپ کا پارسل غلط شہر چلا گیا، یہی بات ہے؟",
        "So the app crashes on login, that's the issue?");
    // "yahan" (here) keys like "yani"; agreeing, or asking the customer to check, restates nothing
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING,
        "Yahan click kar ke form bhar dein?",
        "Aap ka farmana bilkul bajaa hai.",
        "ATM se balance check kar ke tasalli kar lein aur mujhe bata dein.",
        "ذرا اسٹیٹمنٹ کھول کر بتائیں سب درست ہے؟");
  }

  @Test
  public void doneNowStoppedComingInFullOrLookedAtAndToldAreCheckSatisfaction() {
    ur.finds(Act.CHECK_SATISFACTION,
        "Meter badalne ke baad gas poori aa rahi hai?",
        "Bill ki payment hui ab?",
        "Update ke baad hang hona band ho gaya na?",
        "ابھی چولہا چل پڑا ہے؟",
        "ذرا اسٹیٹمنٹ کھول کر بتائیں سب درست ہے؟",
        "Router restart karein, phir ek msg kar dein ke light jali ya nahi.",
        "Is it working on your side now?",
        "Please confirm whether the refund has reflected.",
        "Naya charger sahi aya is dafa?",
        "Statement mein refund dikh gaya?",
        "ATM se balance check kar ke tasalli kar lein aur mujhe bata dein.");
    // the agent checking their own understanding, a question of fact about the past, a report
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Check kar loun sahi samjhi — bill do dafa aya?",
        "Aap ko SMS mil gaya tha?",
        "Main ne aap ka SIM activate kar diya tha.");
  }

  @Test
  public void aMomentAskedASizeInMinutesAndWordsKeyedLikeTimeUnitsAreNoConcreteTimeline() {
    // a moment asked of the customer, a video's or a job's length, every few minutes, all day in scorn, and menu,
    // muh, dono or parh (keyed like minute, month, day or Monday) promise no time
    ur.doesNotFind(Act.CONCRETE_TIMELINE,
        "Aap ki sim ka option settings wale menu mein milega.",
        "Aap log har baat muh mein daal ke mangte ho.",
        "Card ya cheque, dono mein se jo aap ko theek lage.",
        "Sir do minute khamosh ho kar suniye.",
        "ek minute sir, pehle meri baat sun lein.",
        "ji, 5 min",
        "Aap ki call connect kar raha hun, ek minute.",
        "Website pe 3 minute ki video hai, us mein sab samjhaya gaya hai.",
        "Branch mein CNIC ke saath 10 minute ka kaam hai.",
        "Aap har 10 minute baad call kar ke pooch rahe hain.",
        "کیا آپ آج پورا دن یہی کہتے رہیں گے؟",
        "Pehle terms parh ke aayen, phir baat karein.",
        "پانچ منٹ میں ہی انجینئر آپ کے گھر پہنچ جائے؟");
    ur.finds(Act.CONCRETE_TIMELINE,
        "Aap ka refund 3 din mein aa jaye ga.",
        "Main 10 minute mein call back karti hun.",
        "Order raste mein hai, 15 min.",
        "Technician kal subah 10 baje aaye ga.",
        "Do din mein aap ka card aa jaye ga.");
  }

  @Test
  public void hurryingLookingTogetherNowWhoHandlesWhatAndAChoiceOfDayAreNoVaguePromise() {
    // the customer in a hurry or hurried, a faster team, trying or looking now, who handles a kind of work, telling a
    // colleague, a manager who will look himself, a day offered as a choice, and jayen or ghar (keyed like jounhi and
    // ghaur)
    ur.doesNotFind(Act.VAGUE_PROMISE,
        "Main samajh sakti hun aap jaldi mein hain, main mukhtasar bata deti hun.",
        "Apna CNIC number bolo, jaldi.",
        "Yaar jaldi bolo, aur bhi log line mein hain.",
        "Refund wali team ye kaam zyada jaldi kar de gi, main aap ko transfer kar rahi hun.",
        "Chaliye, aap ki bill history dekhte hain.",
        "Ek dafa app restart kar ke dekhte hain — ab login ho raha hai?",
        "Card ka kaam Bilal sahab dekhte hain, wo counter 3 pe hain.",
        "Main sirf online orders dekhti hun.",
        "Pehle main record check karun gi, phir billing ko bataun gi.",
        "Jitna bhi waqt lage, hum ye masla mil kar hal kar lein ge.",
        "Main abhi supervisor ko bulati hun, wo khud dekhein ge.",
        "Technician kis din bhejun — Friday ya Sunday, jo aap ko theek lage?",
        "Aap pichay jayen, number aaye ga to bula len ge.",
        "Token gum ho jaye to CNIC dikha ke bhi reports mil jayen gi.",
        "Naya router aap ke ghar hoga, bas light check kar lein.");
    ur.finds(Act.VAGUE_PROMISE,
        "Hum jald aap se rabta karein ge.",
        "Hum is par ghaur karein ge.",
        "Masla jaldi hal ho jaye ga.",
        "Hum dekhte hain kya ho sakta hai.",
        "Jaise hi update aaye gi hum bata dein ge.",
        "Aap ka masla hal ho jayen ge sab, fikr na karein.",
        "ہم جلد آپ سے رابطہ کریں گے۔");
  }

  @Test
  public void restatedFactsAndStillMissingFactsAreNoSatisfactionCheck() {
    // a restatement opened with "if I understood rightly", and a fact still missing, tagged, check no fix
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "اگر میں غلط نہیں سمجھا تو آپ کا آرڈر لاہور کی بجائے اسلام آباد پہنچ گیا ہے؟",
        "Agar main ghalat nahi samjhi to aap ka refund kisi aur account mein aa gaya hai?",
        "Aap ki file abhi tak approve nahi hui, sahi?");
    ur.finds(Act.CHECK_SATISFACTION,
        "Refund mil gaya?",
        "Ab sab theek chal raha hai?",
        "آپ کا پارسل پہنچ گیا؟");
  }

  @Test
  public void agreeingReadingOutIdiomsExplanationsAndFactTagsAreNoRestatement() {
    // agreeing, asking the customer to read a number out, kiya dhara, "that means", a number asked, a sneer, "be
    // brief", and a fix checked restate nothing
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING,
        "Haha sahi keh rahe ho bhai, garmi bohat hai.",
        "Bill ke upar likha account number parh kar sunayen.",
        "بل پر لکھا میٹر نمبر پڑھ کر سنا دیں۔",
        "Ye sab hamara kiya dhara hai, aap pareshan na hon.",
        "Is ka matlab aap ka card abhi active hai, fikr na karein.",
        "Aap ka meter number 11 digit wala hai na?",
        "Main kab se keh raha hun, screenshot bhejo.",
        "English parhna to aata hai na?",
        "Sir mukhtasar karein, waqt kam hai.",
        "نام کی درستگی ہو گئی، اب ٹھیک لکھا ہے نا؟");
    ur.finds(Act.CONFIRM_UNDERSTANDING,
        "Matlab aap ka card block ho gaya hai, yehi baat hai na?",
        "Yani aap ko refund nahi mila?",
        "Kya main sahi keh raha hun ke aap ko do bill aaye?");
  }

  @Test
  public void fraudWarningsWhatWeCannotSeePoliteWaitsReassuranceAndSecurityAdviceAreNoDiscourtesy() {
    // a number not ours, what the agent cannot see, a polite wait, nothing foolish or shameful done, patience
    // praised, and security advice are no rudeness
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ne theek pehchana, ye number hamara nahi, scam hai.",
        "Humein aap ke account mein koi order nazar nahi aa raha.",
        "Bas thora sa intezar kar lein, aap ka number agla hai.",
        "آپ نے کوئی بیوقوفی نہیں کی، ایسا کسی کے ساتھ بھی ہو سکتا ہے۔",
        "Aap ne koi bewaqoofi nahi ki, aisa kisi ke saath bhi ho sakta hai.",
        "Maafi maangne mein koi sharm nahi, ghalti hamari thi.",
        "Password sirf aap ko maloom hona chahiye, kisi ko na batayein.",
        "Aap ne bari sabr se wait kiya, shukriya.");
    ur.finds(Act.DISCOURTESY,
        "Aap ko itna bhi pata hona chahiye.",
        "Intezar karo, abhi busy hun.",
        "Aap bewaqoof hain kya?",
        "So what? Ye aap ka masla hai.",
        "Ye aap ka masla hai, hamara nahi.");
  }

  @Test
  public void referralsAndHurryOfferNoHelpAndSmallerFalseReadings() {
    // a polite verb ending a referral, and hurrying the customer, offer nothing
    ur.doesNotFind(Act.OFFER_HELP,
        "Is ke liye apne bank se rujoo farmayen.",
        "اس کے لیے اپنے بینک سے رجوع فرمائیں۔",
        "Jaldi batayein kya masla hai, mere paas waqt nahi.");
    ur.finds(Act.OFFER_HELP,
        "Ji farmaiye, main kya madad kar sakta hun?",
        "Batayein kya masla hai?");
    // nothing more needed from the customer asks nothing
    ur.doesNotFind(Act.ANYTHING_ELSE,
        "Aap ko mazeed koi form bharne ki zarurat nahi.");
    ur.finds(Act.ANYTHING_ELSE,
        "Koi aur madad chahiye?");
    // no need to say sorry is no apology
    ur.doesNotFind(Act.APOLOGY,
        "Sorry ki koi baat nahi, aap ne kuch ghalat nahi kiya.");
    ur.finds(Act.APOLOGY,
        "Sorry, aap ko zehmat hui.");
    // a fault thrown back in scorn, and a floor manager (floor keys like failure), admit nothing
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Ab ye bhi hamari ghalti hai ke aap ne password kisi ko bata diya?",
        "Aap ki call hamare floor manager ko de raha hun.");
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Ye hamari ghalti thi, maazrat.");
    // beyond one's authority but passed to a manager, tum (keyed like time), and an outage of some days are no rule
    // used as a shield
    ur.doesNotFind(Act.POLICY_AS_WEAPON,
        "یہ میرے اختیار میں نہیں، میں آپ کا کیس منیجر کو بھیج رہا ہوں۔",
        "Tum log chor ho, ye aap ne kaha aur main bura nahi maan rahi.",
        "Bijli do din se band hai aur abhi tak koi nahi aaya.");
    ur.finds(Act.POLICY_AS_WEAPON,
        "Sorry, ye exchange nahi hota, rule hai.",
        "30 din guzar chuke hain, is liye refund nahi ho sakta.",
        "یہ میرے اختیار میں نہیں۔");
  }

  @Test
  public void tauntsSarcasmBlameTurnedBackDismissalsAndOrdersAreDiscourtesyInNewWordings() {
    // schooling and wits, sarcastic praise, counting repeats, "agar aap ne ... hota to", "X baad yaad aaya?",
    // overreaction mocked, orders that dismiss, sent elsewhere, "there are other companies", things we are not,
    // formal talking down, doubting the customer, "ab ye bhi meri ghalti?"
    ur.finds(Act.DISCOURTESY,
        "Kabhi school gaye bhi ho ya nahi?",
        "یہ تو ایک بچہ بھی نہیں بھولتا۔",
        "Ye app chalana koi rocket science nahi.",
        "Koi parha likha banda saath le aayen.",
        "Shayad ab samajh aa jaye aap ko.",
        "Aap ko samjhana to namumkin hai.",
        "Waah, aap to bare scientist nikle.",
        "Ji huzoor, jo aap kahen.",
        "Ye chauthi dafa hai ke aap ne PIN ghalat dala.",
        "Ye paanchvi baar hai ke aap ne password bhula diya.",
        "Login ho gaya, teesri koshish mein.",
        "Das baar poochne se jawab nahi badle ga.",
        "Agar aap ne bill waqt pe diya hota to connection na katta.",
        "Do hafte baad yaad aaya aap ko?",
        "Aap ne socha tha free mein sab mil jaye ga?",
        "Message saamne likha hai, wo bhi nazar nahi aya?",
        "Itne paise mein fiber kaun deta hai?",
        "Aap to har mahine koi na koi shikayat le kar aa jate hain.",
        "Ek din late hua aur qayamat aa gayi.",
        "Logon mein tameez naam ki cheez nahi rahi.",
        "Itna shor kyun macha rahe hain?",
        "Wohi purana rona phir se.",
        "Load shedding ki aadat daal lo ab.",
        "Shukar karein connection chal to raha hai.",
        "Pehle form bharna seekh lein.",
        "Hosh karo bhai, ye bank hai.",
        "Chalo, ab phone rakho.",
        "Ruko, pehle chai pee rahi hun.",
        "Kisi aur ko pakro, ye mera kaam nahi.",
        "Jao courier walon se laro.",
        "Aap dono ka jhagra hai, hum beech mein kyun aayen?",
        "Is mein mera kya qasoor hai?",
        "Main kya kar sakti hun agar aap ka net slow hai?",
        "Pasand nahi to shehar mein aur bhi companies hain.",
        "Chhorna hai to shauq se chhor dein.",
        "Jitna marzi chillayein, jawab wohi rahe ga.",
        "Ye hamara shoba hi nahi.",
        "Ek aur message kiya to number block.",
        "Ye koi langar nahi jo muft mile.",
        "Faltu calls karne se guraiz karein.",
        "Aap sirf waqt guzari kar rahe hain.",
        "Iska khamiyaza aap ko bhugatna parega.",
        "Main koi robot nahi hun.",
        "Supervisor bhi yehi kahen ge.",
        "Aap jaise sau customers roz aate hain.",
        "Jaldi bolo.",
        "Aap jhoot bol rahe hain.",
        "Rider kya kare ab?",
        "Aap phir?",
        "Ab ye bhi meri ghalti hai?",
        "Jab waqt mila dekh lein ge.",
        "Baar baar yaad dilane ki zaroorat nahi.",
        "Mujh se kyun lar rahe hain?",
        "Rule main ne to nahi banaya.",
        "Jo kaha wohi hai, repeat nahi karunga.",
        "Result same hi aaye ga, chahe das dafa check karwa lein.",
        "Jitna hai utna hai.");
  }

  @Test
  public void schoolFeesRealQuestionsRegretForRepeatsReassuranceAndSecurityAdviceAreNoRudeness() {
    ur.doesNotFind(Act.DISCOURTESY,
        "Aap ke bachay ki school fee ka challan app mein mil jaye ga.",
        "Ye option bachon ke account ke liye bhi nahi hai, maazrat.",
        "Agar aap ne payment kar di hoti to receipt aa jati, main check karti hun ke kahan atki.",
        "Kuch yaad aaya ke order kis number se kiya tha?",
        "Aap ko kya lagta hai, masla router mein hai ya wire mein?",
        "Teesri dafa call karni pari aap ko, is ke liye maazrat chahti hun.",
        "Main teesri baar aap ka account check kar rahi hun taake koi ghalti na reh jaye.",
        "Ghalti bank ki hai, aap ki nahi; hum un se baat kar rahe hain.",
        "Allah ka shukar hai aap khairiyat se hain.",
        "Main aap ko ye setting seekhne mein madad karti hun.",
        "Jaldi mein nahi hain to thora intezar kar lein, main abhi check karti hun.",
        "Hamare paas aur bhi packages hain, aap chahein to bata dun.",
        "Shauq se poochiye, main yahin hun.",
        "Koi aur sawal hai to shauq se poochiye.",
        "Password har mahine badalne ki aadat daal lein, account mehfooz rahe ga.",
        "Agar aap ko samajh nahi aaye gi to main dobara samjha dungi.",
        "Aap ka test result same day mil jaye ga.",
        "YouTube se learn kar lein, wahan achi videos hain.",
        "Jitna balance hai utna hi use ho ga.",
        "Main dobara aisi ghalti nahi karunga, maazrat.",
        "Aap ka card security ke liye block kar diya hai, naya card 3 din mein aa jaye ga.",
        "Aap ka qeemti waqt zaya hua, maazrat.",
        "Line mein lagne ki zaroorat nahi, app se bill jama ho jata hai.",
        "Main aap ki poori baat sun rahi hun, aap tafseel se batayen.",
        "Aap ki baat bilkul sach hai, charges ghalat lage the.",
        "Kya aap phir se try kar sakte hain?",
        "Aap ka kaam aaj hi ho jaye ga, shaam 5 baje tak.",
        "PIN kisi ko na batayen, bank kabhi nahi poochta.");
  }

  @Test
  public void wrongThingsDoneByOurStaffSlipsOfOursAndOurSystemsMessAcceptResponsibility() {
    ur.finds(Act.ACCEPT_RESPONSIBILITY,
        "Ghalat bill hamare accountant ne banaya tha.",
        "غلط پتہ ہمارے نمائندے نے درج کیا تھا۔",
        "Hamare packer ne ghalat size bhej diya tha.",
        "Ye ghalti hum se hi hui thi.",
        "Sorry, ye mujh se hua, main abhi theek karti hun.",
        "Hamare app ka bug tha jis se do dafa charge hua.",
        "Hum ne aap ki request aage bheji hi nahi thi.",
        "Website pe ye shart wazeh nahi likhi thi.",
        "Aap ka ghussa jaiz hai, charge hamari taraf se lag gaya.");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY,
        "Ghalat number aap ne likha tha, koi baat nahi, main theek kar deti hun.",
        "Hum se hi rabta karein, kisi aur number pe nahi.",
        "Hamare system ka update raat 2 baje hoga.",
        "Hum ne aap ki request aage bhej di hai, 2 din mein jawab aaye ga.");
  }

  @Test
  public void itWillHappenDoNotWorryAndUpdatesWithNoTimeAreVaguePromises() {
    ur.finds(Act.VAGUE_PROMISE,
        "Ho jaye ga ji, aap fikr na karein.",
        "Hojayega sir, bas thora waqt dein.",
        "Main ne kaha na ho jaye ga.",
        "Hum dekhte hain kya ho sakta hai.",
        "Main aap ko har update deta rahun ga.");
    ur.doesNotFind(Act.VAGUE_PROMISE,
        "Ho jaye ga, kal shaam 5 baje tak.",
        "Kya aap ko ye plan pasand aaya?");
  }

  @Test
  public void pleasedWithItAskedIsACheckOfSatisfaction() {
    ur.finds(Act.CHECK_SATISFACTION,
        "Naye router se mutmain hain?",
        "Service se khush ho?");
    ur.doesNotFind(Act.CHECK_SATISFACTION,
        "Hum khush hain ke aap ka masla hal ho gaya.",
        "Aap se baat kar ke khushi hui.");
  }

  @Test
  public void aWaitAskedPolitelyOrSomeoneElsesWaitingIsNoCurtOrder() {
    ur.finds(Act.DISCOURTESY, "Chupchaap wait karo.", "انتظار کرو۔", "Bas wait karo aur tang na karo.",
        "Bas kar dein ye drama.");
    ur.doesNotFind(Act.DISCOURTESY, "Please 2 minute wait kariye.", "Rider aapka wait kar rahe hain.",
        "Main line par wait kar rahi hoon.", "Rider neeche intezar kar raha hai.", "آپ انتظار کریں، میں دیکھتا ہوں۔",
        "Aap bas payment kar dein.");
  }

  @Test
  public void routineOperationalTalkIsNotReadAsAnAct() {
    // a detail read back, a department's further guidance, a detail asked for, a condition by a day, an instruction
    // about a clock time, a service that is over, a busy day foreseen
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING, "میں آپ کا پتہ دہرا دیتا ہوں: مکان نمبر بارہ، گلی چار۔",
        "Main aap ka account number dohra deta hun: 0345 112 233", "technician 10 minute door hai");
    ur.doesNotFind(Act.CHECK_SATISFACTION, "صحیح ہے؟", "order no?");
    ur.doesNotFind(Act.ANYTHING_ELSE, "وہ آپ کی مزید مدد کریں گے۔", "billing team aap ki mazeed rehnumai kare gi",
        "Hamari team is area ki line check kar rahi hai");
    ur.doesNotFind(Act.ESCALATION, "میں آپ کی کال بلنگ ڈیپارٹمنٹ کو ٹرانسفر کر رہی ہوں");
    ur.doesNotFind(Act.OFFER_HELP, "اب اپنا شناختی کارڈ نمبر بتائیے۔", "Sara aap ki khidmat mein hazir thi");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "اگر پرسوں تک بجلی بحال نہ ہو تو دوبارہ کال کیجیے گا",
        "رات دس بجے کے بعد کچھ نہ کھائیں", "ek minute ruko");
    ur.doesNotFind(Act.VAGUE_PROMISE, "Hasnain abhi ek aur customer ke ghar pe kaam kar rahe hain",
        "jaldi aayein, rider gate pe hai", "غور سے سنیے گا، میں طریقہ بتا رہا ہوں");
    ur.doesNotFind(Act.DISCOURTESY, "Dhyan se suniye ga", "غور سے سنیے گا، میں طریقہ بتا رہا ہوں");
    ur.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "اب غلطی ہماری ڈال رہے ہیں؟");
    // and what still counts
    ur.finds(Act.CONFIRM_UNDERSTANDING, "aap chahti hain ke order cancel ho jaye, sahi?");
    ur.finds(Act.CHECK_SATISFACTION, "ٹھیک ہے اب؟", "درست ہے اب؟");
    ur.finds(Act.ANYTHING_ELSE, "کیا میں آپ کی مزید مدد کر سکتا ہوں؟", "aap ke area mein koi aur masla?");
    ur.finds(Act.ESCALATION, "میں آپ کی کال سپروائزر کو منتقل کر رہا ہوں");
    ur.finds(Act.OFFER_HELP, "جی فرمائیے", "کیا میں آپ کو فارم کا لنک بھیج دوں؟");
    ur.finds(Act.CONCRETE_TIMELINE, "کل تک بجلی بحال ہو جائے گی", "technician 10 minute door hai");
    ur.finds(Act.VAGUE_PROMISE, "hum aap ke masle pe kaam kar rahe hain", "hum jaldi aap ko bataen ge");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "ye ghalti hamari hai, maazrat");
  }

  @Test
  public void curtLinesStillReadAsDiscourtesy() {
    ur.finds(Act.DISCOURTESY, "غور سے سنو", "dhyan se suno", "naam bolo jaldi", "Ab bas.", "ruko",
        "Whatever, ab intezar karein", "kahin aur se maloom kar lein", "اب غلطی ہماری ڈال رہے ہیں؟",
        "main aur kya karun?", "aage se sahi bataya karo", "that's not my job, PTA se baat karein");
    ur.doesNotFind(Act.DISCOURTESY, "whatever you prefer, sir",
        "Thank you for waiting, that's not our department but I'll transfer you");
    ur.doesNotFind(Act.POLICY_AS_WEAPON, "Refund 7 din mein aa jaye ga. Ab bas.");
  }

  @Test
  public void blameSarcasmAndCondescensionOfTheSeventeenthRoundAreDiscourtesy() {
    ur.finds(Act.DISCOURTESY, "Payment aap ne ghalat account mein bheji thi, bank ne nahi.",
        "Form aap ne khud bhara tha, hamare staff ne nahi.", "PIN ka khayal rakhna aap ki zimmedari thi.",
        "Hum to jaan boojh kar aap ki call kaat dete hain.", "میں کوئی جادوگر ہوں کہ ابھی سگنل ٹھیک کر دوں؟",
        "ہمارا عملہ آپ کے ذہن کی بات نہیں پڑھ سکتا۔", "aap hi aa kar ye seat sambhal lein",
        "Ye school nahi, khala ji ka ghar nahi ke jab chahein aa jayen", "aap ki likhai murghi ke panje jaisi hai",
        "Aap ke zamane mein cheque chalte honge, ab app use karein.", "اتنی سمجھ تو ہونی چاہیے کہ او ٹی پی کسی کو نہیں بتاتے۔",
        "Aap ko apna PIN yaad kyun nahi rehta?",
        "آپ لوگوں کی عادت ہے شکایت کرنا", "ہم پڑھنا جانتے ہیں، بار بار نہ لکھیں");
    ur.doesNotFind(Act.DISCOURTESY, "Aap ne payment ki thi, lekin bank ne abhi tak process nahi ki.",
        "Aap ki zimmedari sirf OTP share na karna hai.", "Aap ne phir se ghalat nahi kiya, system ka masla tha.",
        "آپ نے لکھا کہ 'ہماری سروس بکواس ہے'، اس پر ہمیں افسوس ہے۔");
    ur.finds(Act.ACCEPT_RESPONSIBILITY, "Ji, hum se ghalti ho gayi, maazrat, main abhi theek karti hun.");
  }

  @Test
  public void hurryingRefusingToTalkAndMakingLightAreDiscourtesy() {
    ur.finds(Act.DISCOURTESY, "Daraz se Ali. order id? jaldi, 20 chats khuli hain meri", "Ek hi saans mein sab bata dein.",
        "Tez likhein, raat yahan nahi guzarni mujhe.", "khatam.",
        "Main ne jo kehna tha keh diya.", "Jo hai wohi hai.", "Don't ask me again.",
        "Believe whatever you want, system galat nahi hai.", "جب تمیز آ جائے تو دوبارہ لکھیے گا۔",
        "Bill barh gaya to barh gaya, kya karein.", "Itna tamasha kyun?", "Chhoti si kharoch hi to hai, chalate rahein.",
        "Ek din late aa gaya to kya ho jaye ga?", "Ab khush?", "Kamaal hai.");
    ur.doesNotFind(Act.DISCOURTESY, "Aap ka intezar khatam hua, order pohanch gaya.",
        "Aap ka masla hal ho gaya, jo hai wohi policy hai aur main samjha deti hun.",
        "Main voice note nahi sun sakti, kindly likh dein.", "Aap ka sabr kamaal hai, shukriya.",
        "Choti si baat hi to hai, aap pareshan na hon, main abhi theek kar deti hun.",
        "Is dafa main poori koshish karun gi ke aap ka kaam jaldi ho.", "Kabhi zaroorat ho to call kar liya karein.");
    ur.doesNotFind(Act.CHECK_SATISFACTION, "Ho gaya to ho gaya.", "Ek din late aa gaya to kya ho jaye ga?");
    ur.finds(Act.CHECK_SATISFACTION, "Ab aap khush hain?");
  }

  @Test
  public void shoutingStoriesThreatsAndScoldedHabitsAreDiscourtesy() {
    ur.finds(Act.DISCOURTESY, "اتنا شور مچانے کی کیا ضرورت ہے؟", "Aap har jagah cheekh ke baat karte hain?",
        "آنکھیں کھول کر فارم بھریں۔", "Ab ye nayi kahani mat banayein ke SMS nahi aaya.", "Is dafa kya kahani hai?",
        "Aap baat ko barha charha kar bata rahe hain.", "Ye nautanki hai.", "Agar dobara shor kiya to security bula lun ga.",
        "Jaisa ke main pehle hi arz kar chuka hun, form online hai.", "Is baar dhyan se bhariye ga.",
        "Kabhi ek nazar SMS pe bhi daal liya karein.",
        "Teen email karne ki zaroorat nahi thi, ek kaafi tha.");
    ur.doesNotFind(Act.DISCOURTESY, "Agar aap ki zaban mein koi masla ho to batayein, main Urdu mein bhi samjha sakti hun.",
        "Agli dafa aap aayen to main pehle se form tayyar rakhun gi.", "Is dafa theek se deliver ho jaye ga.",
        "If you could send the receipt, we'd be grateful.", "It's not your fault.");
    ur.doesNotFind(Act.OFFER_HELP, "اتنا شور مچانے کی کیا ضرورت ہے؟");
    ur.finds(Act.OFFER_HELP, "Aap ko kis cheez ki zaroorat hai?");
  }

  @Test
  public void obligationsStoriesAndDatesOfTheSeventeenthRoundAreNoVaguePromise() {
    ur.doesNotFind(Act.VAGUE_PROMISE, "Iske liye aap ko branch jana hoga.", "Baad mein pata chala ke payment ho chuki thi.",
        "Ye offer 30 June raat 12 baje tak chalega.", "نہیں جی، انسٹالیشن بالکل مفت ہے، آپ بے فکر رہیں۔");
  }

  @Test
  public void mentionsOfTimeOfTheSeventeenthRoundAreNoTimeline() {
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "ہماری برانچ پیر سے جمعہ کھلی رہتی ہے، ہفتے کو صرف آدھا دن۔",
        "Sir hamara call center raat 11 bje tak calls leta hai.", "Ye offer 30 June raat 12 baje tak chalega.",
        "Aap ne 3 baj kar 10 minute pe call ki thi.", "Aap ki appointment kal 5:30 ki hai.",
        "System mein aap ki parson 4 baje ki booking dikh rahi hai.", "Aap agle mahine Dubai ja rahe hain to roaming on kar lein.",
        "Aap order 15 tareekh se pehle place kar dein.", "Pehle 10 min free hain, phir charges.",
        "Bache ki umar 3 saal 2 mahine hai.", "Do ghante? Record mein 20 minute likhe hain.",
        "Rider ne 10 minute mein order pohancha diya.", "Order 7:45 pe confirm hua tha.", "Hamari timing subah 9 se shaam 6 hai",
        "Lab timing 8 to 2, Mon-Fri");
    ur.finds(Act.CONCRETE_TIMELINE, "Technician Saturday ko aaye ga, Sunday ko chutti hai.",
        "Hum 15 tareekh se pehle refund kar dein ge.", "میں آپ کو 20 تاریخ کو کال کروں گی۔",
        "Clinic ki timing 10 se 4 hai, aap kal 11 baje aa jayein, doctor dekh lein ge.");
    ur.doesNotFind(Act.CHECK_SATISFACTION, "Technician ke liye kaunsa din theek rahe ga, Monday ya Tuesday?",
        "ab batayein kya masla hua?");
  }

  @Test
  public void choicesOfTwoRemediesEscalationsToDirectorsAndAdmittedMisreadings() {
    ur.finds(Act.ASK_PREFERENCE, "cashback aap k wallet mein daal dun ya bank account mein transfer krwana hai?",
        "ٹوٹا ہوا برتن تبدیل کروانا ہے یا اس کی قیمت واپس چاہیے؟",
        "کیا آپ ادائیگی چیک کے ذریعے لینا چاہیں گے یا بینک اکاؤنٹ میں؟");
    ur.doesNotFind(Act.ASK_PREFERENCE, "آپ کو نیا کارڈ بنوانا ہے یا نہیں؟");
    ur.finds(Act.ESCALATION, "آپ کی شکایت کلیمز مینیجر کو ارسال کر دی گئی ہے۔",
        "میں آپ کی بات اسسٹنٹ ڈائریکٹر صاحب سے کروا دیتی ہوں۔");
    ur.doesNotFind(Act.ESCALATION, "ڈائریکٹر صاحب کا نمبر یہ ہے۔");
    ur.finds(Act.CONFIRM_UNDERSTANDING, "آپ کا کلیم ابھی منظور نہیں ہوا، اگر میں غلط سمجھا ہوں تو درستی فرما دیں۔");
  }

  @Test
  public void scornFromTheTwentyFourthRoundsWriterIsDiscourtesy() {
    ur.finds(Act.DISCOURTESY, "آپ لوگ فون اٹھاتے کیوں نہیں؟", "جناب پوسٹ پڑھے بغیر کمنٹ کرنے کا شکریہ۔",
        "آپ گاؤں سے آئے ہیں کیا؟", "کھانا ٹھنڈا ہے تو گرم کر لیں، اس کا بھی ریفنڈ چاہیے کیا؟",
        "میں یہاں آپ کی کہانیاں سننے نہیں بیٹھی۔", "روٹر ری اسٹارٹ کیا ہے؟ یا وہ بھی میں آ کر کروں؟",
        "ap se pehle 50 log aye, sirf apko hi hota hai", "چپ کر کے بیٹھ جائیں۔", "یہ ایپ تو بچے بھی چلا لیتے ہیں۔",
        "مسئلہ آپ کے کھٹارا موبائل میں ہے۔", "پسند نہیں تو شکایت کر دیں۔", "آپ کوئی وزیر ہیں؟",
        "uncle ye kaam ap se nai hoga", "ap ne terms parhi thi? to ab kia faida", "ehsan maniye",
        "aap ne 3 saal se bill nai bhara? wah ji wah", "sir ap khud technician ho kia?",
        "last time bata raha hun, is ke baad call cut", "maine aapko already three times explain kiya hai");
    ur.doesNotFind(Act.DISCOURTESY, "Ek dafa check kar ke bata dein.", "Matlab aap ke card se do dafa 3200 kat gaye, sahi samjha main?",
        "آپ لوگ کل تشریف لے آئیں، ہم انتظار کریں گے۔", "بھائی فکر نہ کرو، پارسل کل تک پہنچ جائے گا۔");
  }

  @Test
  public void nowItWorksDoesntItChecksTheFixAndRestatesNothing() {
    ur.finds(Act.CHECK_SATISFACTION, "Ab app mein order dikh raha hai na?", "ab connection theek hai na?",
        "theek hai na ab sab? 🙂");
    ur.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Ab app mein order dikh raha hai na?", "ab connection theek hai na?",
        "theek hai na ab sab? 🙂");
    ur.finds(Act.CONFIRM_UNDERSTANDING, "Matlab ab aap ka card block ho gaya hai, hai na?");
  }

  @Test
  public void theEnglishCheckIsNoAlreadyDone() {
    // typed in Latin letters, "check" and "chuka" (چکا, already done) share their letters without vowels
    ur.finds(Act.CONCRETE_TIMELINE,
        "SNGPL ka numainda 12 March ko subah 10 baje aap ke ghar meter check karne aaye ga.",
        "kal tak check kar ke bata dein ge");
    ur.finds(Act.VAGUE_PROMISE, "main check kar ke batata hun", "میں چیک کر کے بتاتا ہوں", "chk kr k btata hun");
    ur.finds(Act.DISCOURTESY, "mein ne 3 dafa bata chuka hun");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "parcel 12 March ko deliver ho chuka hai");
  }

  @Test
  public void aWindowOfHoursOnADayIsATimelineWhereOpeningHoursAreNot() {
    ur.finds(Act.CONCRETE_TIMELINE, "technician kal 11 se 1 ke darmiyan aaega.", "Pickup kal 12 se 6 ke darmiyan hogi.");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "hamari branch 9 se 5 khuli hoti hai", "Office 9 se 5 tak open hai",
        "ہماری ڈیلیوری کے اوقات صبح 11 سے رات 2 بجے تک ہیں۔", "admin block se subha 9 se 4 baje tak le sakti hain");
  }

  @Test
  public void monthsTypedTheEnglishWay() {
    ur.finds(Act.CONCRETE_TIMELINE, "refund 5 January tak aa jaye ga", "card 3 Dec tak pohanch jaye ga");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "Ye transaction 5 January ko hua tha", "aapki shikayat 3 February ko mili thi");
  }

  @Test
  public void howOftenInATimeIsNoTimelineButComingInSoLongIs() {
    // "aata" (comes) and "aath" (eight) share their letters without vowels
    ur.finds(Act.CONCRETE_TIMELINE, "refund 5 se 7 din me aata hai");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "ہفتے میں دو بار ٹیکنیشن آتا ہے", "din mein 8 ghante bijli jati hai");
  }

  @Test
  public void twoRemediesOfferedInTheFirstPersonAreAChoice() {
    ur.finds(Act.ASK_PREFERENCE, "ap ka khana dubara bhijwa dun ya amount wapis kr dun? jaisa ap kahen",
        "نیا کارڈ بنوا دوں یا پرانا ہی چالو کر دوں؟");
  }

  @Test
  public void theTeamLookingIntoItWithNoTimeIsAVaguePromise() {
    ur.finds(Act.VAGUE_PROMISE, "ٹیم دیکھ رہی ہے جی، تسلی رکھیں", "signal ka masla technical team dekh rhi hai");
    ur.doesNotFind(Act.VAGUE_PROMISE, "team dekh rahi hai, kal 5 baje tak theek ho jaye ga");
  }

  @Test
  public void aRefusalThatNamesNoRuleIsNoPolicyAsWeapon() {
    ur.doesNotFind(Act.POLICY_AS_WEAPON, "Sorry ji, ye kaam main nahi kar sakti.");
    ur.finds(Act.POLICY_AS_WEAPON, "Company ka rule hai. Maazrat, ye transfer hum nahi kar sakte.");
  }

  @Test
  public void aShortAcronymIsNoLittleWordWithItsConsonant() {
    DetectionAssertions pia = new DetectionAssertions("ur", "Ahmed", "PIA");
    pia.doesNotFind(Act.ORG_NAME, "سامان بیلٹ پر نہیں آیا", "agli flight pe shift kr dun",
        "آپ کا پی این آر نمبر کیا ہے؟");
    pia.finds(Act.ORG_NAME, "پی آئی اے سے احمد بات کر رہا ہوں", "PIA ki flight");
  }

  @Test
  public void aNameTypedWithAnHIsNoWordWithoutIt() {
    DetectionAssertions ahmed = new DetectionAssertions("ur", "Ahmed", "PIA");
    ahmed.doesNotFind(Act.OWN_NAME, "امید ہے آپ کو یہ وضاحت تسلی بخش لگی ہوگی۔");
    ahmed.finds(Act.OWN_NAME, "میں احمد بات کر رہا ہوں", "main Ahmed bol raha hun");
    DetectionAssertions zain = new DetectionAssertions("ur", "Zain", "Jazz");
    zain.doesNotFind(Act.OWN_NAME, "lab 24/7 khuli hy, kisi bhi waqt aa skte hain");
  }

  @Test
  public void theProblemAskedBackAndAFixCheckedByWhatCameAreFound() {
    ur.finds(Act.CONFIRM_UNDERSTANDING, "kya ap ye keh rhe hain k receiver ko mila hi nahi?",
        "تو آپ کے فون پر سگنل بالکل نہیں آ رہے، یہی مسئلہ ہے؟");
    ur.finds(Act.CHECK_SATISFACTION, "paise reverse kr diye hain, balance chk kr k btaen aa gaye?",
        "save kr k btaen net chala k nai?");
    ur.doesNotFind(Act.CHECK_SATISFACTION, "امید ہے آپ مطمئن ہیں");
    ur.finds(Act.DISCOURTESY, "detection bill wapis nahi hota, itna hi masla hy to court chale jayen");
  }

  @Test
  public void everydayTalkInACallIsNoCheckNoChoiceAndNoRudeness() {
    // a report between a hold and a question checks nothing, though "ho gaya" goes with "Activate ho gaya properly?"
    ur.doesNotFind(Act.CHECK_SATISFACTION, "Theek hai, verify ho gaya. Roaming activate ho gayi hai.",
        "ٹھیک ہے۔ تو آپ نے کل شام پیسے بھیجے؟");
    ur.finds(Act.CHECK_SATISFACTION, "Naya password try karein aur batayein kaisa raha.", "gaya wo error? ya ab bhi screen pe aa rha");
    // an outcome either way offers no choice; a choice of remedies does
    ur.doesNotFind(Act.ASK_PREFERENCE,
        "میں نے شکایت درج کر دی ہے، 48 گھنٹے کے اندر رقم یا تو پہنچ جائے گی یا آپ کے اکاؤنٹ میں واپس آ جائے گی۔");
    ur.finds(Act.ASK_PREFERENCE, "ya to refund kar dein ya replacement bhej dein?");
    ur.doesNotFind(Act.DISCOURTESY, "Settings mein ja kar APN likhein, galat APN ho to net nahi chalta.",
        "سر آپ کے فیڈر پر فالٹ آیا ہوا ہے، صرف آپ کا گھر نہیں پورا بلاک متاثر ہے۔");
    // "I'll check" said to put the customer on hold offers nothing; said to reassure, it offers to handle it
    ur.doesNotFind(Act.OFFER_HELP, "لائن پر رہیے، میں بائیس کی سیٹس دیکھ لیتا ہوں۔", "ek minute hold karein, main check kar leti hun");
    ur.finds(Act.OFFER_HELP, "فکر نہ کریں، میں دیکھ لیتا ہوں");
    // a first offer is no anything-else question, though the classifier learned "kisi aur cheez mein madad chahiye"
    ur.doesNotFind(Act.ANYTHING_ELSE, "Meezan Bank mein khush aamdeed, main Anam. Aaj kis cheez mein madad chahiye?");
    ur.finds(Act.ANYTHING_ELSE, "kch or chahiye ho to btaein");
    ur.doesNotFind(Act.CONCRETE_TIMELINE, "shayad kal ki barish ki wajah se line kharab hai");
  }
}
