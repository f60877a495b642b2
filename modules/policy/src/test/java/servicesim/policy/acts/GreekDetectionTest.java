package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;
import servicesim.policy.Repo;

public class GreekDetectionTest extends JUnitSuite {

  private final DetectionAssertions el = new DetectionAssertions("el", "Νίκος", "Ελληνική Τηλεπικοινωνία");

  @Test
  public void policyExamplesAreDetected() {
    el.finds(Act.OWN_NAME, "Ευχαριστούμε για την κλήση, είμαι ο Νίκος.");
    el.finds(Act.ORG_NAME, "Ευχαριστούμε που καλέσατε την Ελληνική Τηλεπικοινωνία.");
    el.finds(Act.OFFER_HELP, "Πώς μπορώ να σας βοηθήσω σήμερα;");
    el.finds(Act.APOLOGY, "Λυπάμαι πολύ για την ταλαιπωρία.");
    el.finds(Act.CONFIRM_UNDERSTANDING, "Για να επιβεβαιώσω, θέλετε καινούργια συσκευή και επιστροφή χρημάτων, σωστά;");
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Είναι δικό μας λάθος — η ιστοσελίδα έδειχνε λάθος τιμή.");
    el.finds(Act.ASK_PREFERENCE, "Πώς θα θέλατε να το διορθώσουμε;");
    el.finds(Act.CHECK_SATISFACTION, "Είστε ικανοποιημένος με αυτή τη λύση;");
    el.finds(Act.ANYTHING_ELSE, "Υπάρχει κάτι άλλο με το οποίο μπορώ να σας βοηθήσω;");
    el.finds(Act.POLICY_AS_WEAPON, "Λυπάμαι, δεν μπορώ να κάνω κάτι παραπάνω, είναι πολιτική της εταιρείας.");
    el.finds(Act.DISCOURTESY, "Ηρεμήστε.", "Δεν είναι δικό μου πρόβλημα.");
    el.finds(Act.VAGUE_PROMISE, "Θα το εξετάσουμε και θα επικοινωνήσουμε μαζί σας σύντομα.");
    el.finds(Act.CONCRETE_TIMELINE, "Θα έχετε την επιστροφή έως την Παρασκευή το μεσημέρι.", "εντός 3 εργάσιμων ημερών");
    el.finds(Act.ESCALATION, "Επιτρέψτε μου να φέρω τον προϊστάμενό μου.");
  }

  @Test
  public void namesAreFoundInAnyCaseAndWithoutAccents() {
    el.finds(Act.OWN_NAME, "Καλησπέρα, ονομάζομαι Νίκος Παπαδόπουλος.", "ΝΙΚΟΣ από το τμήμα εξυπηρέτησης.",
        "Γεια σας, ο Νικος εδώ, πώς μπορώ να βοηθήσω;");
    el.finds(Act.ORG_NAME, "Ελληνική Τηλεπικοινωνία, καλημέρα σας!", "Καλώς ήρθατε στην ελληνικη τηλεπικοινωνια.",
        "ΕΛΛΗΝΙΚΗ ΤΗΛΕΠΙΚΟΙΝΩΝΙΑ — τμήμα βλαβών.");
  }

  @Test
  public void offersOfHelp() {
    el.finds(Act.OFFER_HELP, "Καλημέρα, σε τι μπορώ να σας φανώ χρήσιμη;", "Πείτε μου, πώς θα μπορούσαμε να σας εξυπηρετήσουμε;",
        "Τι μπορώ να κάνω για εσάς;", "Είμαστε εδώ για να σας βοηθήσουμε με ό,τι χρειαστείτε.",
        "Παραμένω στη διάθεσή σας.", "Ευχαρίστως να σας εξυπηρετήσω!", "Ορίστε, σας ακούω.");
  }

  @Test
  public void apologies() {
    el.finds(Act.APOLOGY, "Ζητούμε ειλικρινά συγγνώμη για την καθυστέρηση.", "Λυπούμαστε πραγματικά για όσα συνέβησαν.",
        "Μας συγχωρείτε για την αναστάτωση.", "Απολογούμαστε για την ταλαιπωρία που σας προκαλέσαμε.",
        "Sorry για την αναμονή!", "Αυτό δεν έπρεπε ποτέ να σας συμβεί.", "Σας ζητώ συγνώμη, έγινε παρεξήγηση.");
  }

  @Test
  public void confirmingUnderstanding() {
    el.finds(Act.CONFIRM_UNDERSTANDING, "Αν σας κατάλαβα σωστά, η χρέωση εμφανίστηκε δύο φορές;",
        "Δηλαδή, αν καταλαβαίνω καλά, ζητάτε ακύρωση της συνδρομής;",
        "Άρα θα θέλατε αντικατάσταση και όχι επισκευή, έτσι δεν είναι;",
        "Να επαναλάβω για να είμαι σίγουρη: το ρούτερ δεν ανάβει καθόλου;",
        "Συνοψίζοντας, σας ήρθε λάθος προϊόν και θέλετε το σωστό.",
        "Με άλλα λόγια, θέλετε να αλλάξετε πακέτο.");
  }

  @Test
  public void acceptingResponsibility() {
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Το λάθος είναι εξ ολοκλήρου δικό μας.",
        "Κάναμε ένα λάθος στη χρέωση και αναλαμβάνουμε πλήρως την ευθύνη.",
        "Δεν φταίτε εσείς, το λάθος είναι δικό μας.",
        "Έπρεπε να σας είχαμε ενημερώσει νωρίτερα.", "Εκ παραδρομής σας χρεώσαμε δύο φορές.");
    // clearing the customer admits no fault of the organisation's
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Δεν φταίτε καθόλου εσείς.", "Den ftaite eseis.",
        "Δεν είναι δικό σας λάθος.", "Δεν κάνατε κανένα λάθος.");
  }

  @Test
  public void askingPreference() {
    el.finds(Act.ASK_PREFERENCE, "Τι θα προτιμούσατε, αντικατάσταση ή επιστροφή χρημάτων;",
        "Θέλετε να σας στείλουμε καινούργιο ή να σας επιστρέψουμε τα χρήματα;",
        "Ποια από τις δύο λύσεις θα θέλατε;", "Πώς θέλετε να προχωρήσουμε;",
        "Τι θα θεωρούσατε δίκαιη αποζημίωση;", "Ποια μέρα σας βολεύει για την επίσκεψη του τεχνικού;",
        "Εσείς τι προτιμάτε;");
  }

  @Test
  public void checkingSatisfaction() {
    el.finds(Act.CHECK_SATISFACTION, "Σας καλύπτει αυτή η λύση;", "Μείνατε ευχαριστημένη από την εξυπηρέτηση;",
        "Πώς σας φαίνεται αυτή η πρόταση;", "Είναι αποδεκτό αυτό για εσάς;", "Λύθηκε τελικά το πρόβλημα;",
        "Λειτουργεί τώρα κανονικά το ίντερνετ;", "Συμφωνείτε με αυτό;", "Οκ για εσάς;");
  }

  @Test
  public void askingForAnythingElse() {
    el.finds(Act.ANYTHING_ELSE, "Μπορώ να σας βοηθήσω σε κάτι ακόμα;", "Έχετε κάποια άλλη απορία;",
        "Χρειάζεστε τίποτε άλλο;", "Θα θέλατε κάτι επιπλέον;", "Τι άλλο θα μπορούσα να κάνω για εσάς;",
        "Για οτιδήποτε χρειαστείτε, είμαστε εδώ.");
  }

  @Test
  public void hidingBehindPolicy() {
    el.finds(Act.POLICY_AS_WEAPON, "Αυτή είναι η πολιτική της εταιρίας, δεν γίνεται αλλιώς.",
        "Η πολιτική μας δεν επιτρέπει επιστροφές ανοιγμένων προϊόντων.", "Οι κανόνες είναι κανόνες, κυρία μου.",
        "Δυστυχώς, τα χέρια μου είναι δεμένα.", "Δεν μου επιτρέπεται να σας δώσω έκπτωση.",
        "Δεν μπορούμε να κάνουμε τίποτα περισσότερο.", "Διαβάστε τους όρους του συμβολαίου σας.",
        "Είναι αντίθετο με τους κανονισμούς της εταιρείας.");
  }

  @Test
  public void discourtesy() {
    el.finds(Act.DISCOURTESY, "Ηρεμήστε λίγο, κύριε!", "Χαλαρώστε, δεν χάθηκε ο κόσμος.",
        "Δεν είναι δουλειά μου αυτό.", "Εσείς φταίτε που δεν διαβάσατε τις οδηγίες.",
        "Έπρεπε να το ελέγξετε πριν το αγοράσετε.", "Πόσες φορές πρέπει να σας το πω;", "Σταματήστε να φωνάζετε!",
        "Δεν με ενδιαφέρει.", "Όπως σας έχω ήδη πει, δεν γίνεται.", "Ρε φίλε, δεν καταλαβαίνεις τι σου λέω;",
        "Είστε σοβαρός;", "Τι θέλετε να κάνω εγώ;", "Αυτό είναι πρόβλημά σας.");
  }

  @Test
  public void vaguePromises() {
    el.finds(Act.VAGUE_PROMISE, "Θα το κοιτάξουμε και θα σας ενημερώσουμε.", "Θα δούμε τι μπορούμε να κάνουμε.",
        "Κάποιος συνάδελφος θα σας καλέσει.", "Θα σας απαντήσουμε το συντομότερο δυνατό.", "Θα λυθεί σύντομα.",
        "Το εξετάζουμε.", "Θα επανέλθουμε με νεότερα.", "Θα κάνουμε ό,τι περνάει από το χέρι μας.",
        "Ασχολούμαστε με το θέμα σας.");
  }

  @Test
  public void concreteTimelines() {
    el.finds(Act.CONCRETE_TIMELINE, "Θα σας καλέσω σε δύο ώρες.", "Η επιστροφή θα γίνει μέσα σε 5 εργάσιμες.",
        "Θα το έχετε ως την Πέμπτη.", "Ο τεχνικός θα περάσει το Σάββατο το πρωί.",
        "Θα σας τηλεφωνήσω αύριο το πρωί στις 9.", "Θα σας ενημερώσουμε στις 15:30 σήμερα.",
        "Θα σας καλέσουμε την Πέμπτη στις 10 το πρωί.",
        "Έως τις 20 Δεκεμβρίου θα έχετε πιστωθεί.", "Θα σας πάρω μεθαύριο.", "Τα χρήματα θα επιστραφούν εντός 24ώρου.",
        "Θα επικοινωνήσουμε μέσα σε μισή ώρα.", "Θα σας καλέσω στις 3 το απόγευμα.");
  }

  @Test
  public void escalation() {
    el.finds(Act.ESCALATION, "Θα κλιμακώσω το θέμα στον υπεύθυνο βάρδιας.",
        "Επιτρέψτε μου να καλέσω τον διευθυντή του καταστήματος.",
        "Ο προϊστάμενός μου θα επικοινωνήσει μαζί σας.", "Θα ενημερώσω αμέσως τη διοίκηση.",
        "8a milisw me ton proistameno mou", "tha sas syndesw me ton ypeu8yno vardias");
    // ACTS.md: sending the customer to another department is a referral, not an escalation
    el.doesNotFind(Act.ESCALATION, "Θα μεταφέρω το αίτημά σας στο αρμόδιο τμήμα.", "Σας συνδέω με το τμήμα παραπόνων.");
  }

  @Test
  public void nextSteps() {
    el.finds(Act.NEXT_STEP, "Θα λάβετε SMS με τον αριθμό του αιτήματος.",
        "Παρακαλούμε στείλτε μας μια φωτογραφία της απόδειξης.", "Το επόμενο βήμα είναι να επιστρέψετε τη συσκευή.",
        "Έχω ήδη κανονίσει να σας σταλεί νέο ρούτερ.", "Κρατήστε την απόδειξη αγοράς.",
        "Ο τεχνικός μας θα έρθει να την παραλάβει.", "Θα σας επιστραφούν τα χρήματα στην κάρτα.");
  }

  @Test
  public void takingDetails() {
    el.finds(Act.TAKE_DETAILS, "Μου δίνετε ένα τηλέφωνο επικοινωνίας;", "Ποιο είναι το email σας;",
        "Σε ποιον αριθμό μπορούμε να σας καλέσουμε;", "Θα ήθελα να σημειώσω τα στοιχεία σας.",
        "Το ονοματεπώνυμό σας, παρακαλώ;", "Πού μπορούμε να σας βρούμε αν χρειαστεί;", "Με ποιον μιλάω, παρακαλώ;",
        "Σε ποιο email να σας στείλω την απόδειξη;", "Μπορείτε να μου δώσετε τον αριθμό σας;",
        "Θα χρειαστώ και το κινητό σας.");
  }

  @Test
  public void negationsLookAlikesAndOrdinarySentencesDoNotCount() {
    el.doesNotFind(Act.APOLOGY, "Δεν λυπάμαι καθόλου.", "Δεν χρειάζεται να ζητάτε συγγνώμη.",
        "Λυπάμαι αλλά αυτή είναι η πολιτική της εταιρείας.", "Σας ευχαριστούμε για την υπομονή σας.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν φταίτε εσείς σε καμία περίπτωση.", "Δεν είναι καθόλου δικό σας λάθος.",
        "Αυτό δεν είναι πρόβλημά σας, θα το αναλάβουμε εμείς.", "Θα λύσουμε το πρόβλημά σας αμέσως.",
        "Ποιο είναι το πρόβλημά σας;", "Καταλαβαίνω την αγανάκτησή σας.");
    el.doesNotFind(Act.VAGUE_PROMISE, "Σας έχουμε ήδη στείλει το τιμολόγιο.", "Η βλάβη αποκαταστάθηκε.",
        "Ευχαριστούμε που επικοινωνήσατε μαζί μας.");
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Θα το τακτοποιήσουμε σύντομα.", "Πατήστε το 3 για να συνεχίσετε.",
        "Ένα λεπτό, παρακαλώ.", "Την τρίτη φορά που καλέσατε σας απάντησε συνάδελφος.",
        "Η τρίτη δόση θα χρεωθεί κανονικά.", "Περιμένετε εδώ και 3 μέρες, το ξέρω.",
        "Το πρόγραμμα περιλαμβάνει 100 λεπτά ομιλίας.", "Στείλαμε τις 2 συσκευές στις 2 διευθύνσεις.",
        "Εξυπηρετούμε 24 ώρες το 24ωρο.", "Η τιμή είναι 12.50 ευρώ.", "Καλό μεσημέρι!",
        "Για την τρίτη σας συσκευή ισχύει έκπτωση.", "Ο λογαριασμός εκδίδεται στις 5 του μήνα.",
        "Την περασμένη Παρασκευή είχαμε βλάβη.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Σύμφωνα με την πολιτική μας, δικαιούστε δωρεάν αντικατάσταση.",
        "Η διαδικασία δεν είναι δύσκολη.", "Αυτή η πολιτική υπάρχει για την προστασία σας.",
        "Δεν προβλέπεται καμία χρέωση για την αλλαγή.", "Δεν επιτρέπεται να σας χρεώσουν για αυτό.");
    el.doesNotFind(Act.OFFER_HELP, "Δυστυχώς δεν μπορώ να σας βοηθήσω με αυτό.");
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Δεν είναι δικό μας λάθος.", "Δεν είμαστε υπεύθυνοι για τη βλάβη.");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Η εγγύηση σας καλύπτει για δύο χρόνια.",
        "Δεν είναι αποδεκτό να σας μιλήσουν έτσι.");
    el.doesNotFind(Act.ANYTHING_ELSE, "Δεν μπορώ να κάνω τίποτα άλλο για εσάς.");
    el.doesNotFind(Act.TAKE_DETAILS, "Η παραγγελία είναι στο όνομά σας.", "Θα σας ενημερώσω με email.",
        "Ποιο κινητό χρησιμοποιείτε;", "Θα ελέγξω τη γραμμή τηλεφώνου σας.", "Θα ήθελα να σας στείλω email.",
        "Μου λέτε ότι το email δεν ήρθε;");
    el.doesNotFind(Act.ESCALATION, "Θα σας δώσω έναν ειδικό κωδικό.", "Θα σας στείλουμε τεχνικό κλιμάκιο.");
  }

  @Test
  public void aCallBackWithItsTimeIsAPlanNotAVaguePromise() {
    el.doesNotFind(Act.VAGUE_PROMISE, "Θα σας τηλεφωνήσω εγώ μέσα σε 3 εργάσιμες να δω ότι όλα πήγαν καλά.",
        "Θα σας καλέσω αύριο στις 10.", "Θα σας ενημερώσουμε μέχρι τις 5 το απόγευμα.",
        "Θα σας τηλεφωνήσει στο 698 114 2093 αύριο ως τις 12 το μεσημέρι.", "Θα σας πάρω τηλέφωνο αύριο το πρωί.",
        "Θα επικοινωνήσουμε μαζί σας μέσα σε δύο ώρες.", "Θα σας γυρίσω τηλέφωνο την Πέμπτη στις 15:30.");
    el.finds(Act.CONCRETE_TIMELINE, "Θα σας τηλεφωνήσω εγώ μέσα σε 3 εργάσιμες.", "Θα σας καλέσω αύριο στις 10.");
    // without a time it stays open-ended
    el.finds(Act.VAGUE_PROMISE, "Θα σας καλέσουμε σύντομα.", "Θα επικοινωνήσουμε μαζί σας.",
        "Κάποιος θα σας πάρει τηλέφωνο.", "Θα σας ενημερώσουμε για τον λογαριασμό.");
  }

  @Test
  public void aChoiceBetweenTwoRemediesAsksThePreference() {
    el.finds(Act.ASK_PREFERENCE, "Θέλετε επιστροφή στην κάρτα ή πίστωση για το επόμενο ταξίδι;",
        "Θέλετε αντικατάσταση ή επισκευή;", "Θέλεις καινούργιο ή την επιστροφή των χρημάτων;");
    // the feminine article η is written like ή once accents are ignored
    el.doesNotFind(Act.ASK_PREFERENCE, "Θέλετε να μάθετε πότε θα γίνει η επιστροφή;",
        "Θέλετε να σας πω πού βρίσκεται η αντικατάσταση;");
  }

  @Test
  public void anAgeIsNoTimeline() {
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Έχω ένα μωρό έξι μηνών στο σπίτι.", "Το παιδί είναι ηλικίας 8 μηνών.");
    el.finds(Act.CONCRETE_TIMELINE, "Ο τεχνικός θα έρθει για το μωρό μέσα σε μία ώρα.");
  }

  @Test
  public void spansPointIntoTheOriginalText() {
    String text = "Καλησπέρα!  ΛΥΠΆΜΑΙ ΠΟΛΎ, κάναμε λάθος.";
    Detection apology = el.detect(text).stream().filter(x -> x.act() == Act.APOLOGY).findFirst().orElseThrow();
    assertEquals("ΛΥΠΆΜΑΙ", text.substring(apology.start(), apology.end()));
    Detection mistake = el.detect(text).stream().filter(x -> x.act() == Act.ACCEPT_RESPONSIBILITY).findFirst()
        .orElseThrow();
    assertEquals("κάναμε λάθος", text.substring(mistake.start(), mistake.end()));
    String timeline = "Θα σας καλέσουμε την Παρασκευή, στις 3 μ.μ.";
    Detection when = el.detect(timeline).stream().filter(x -> x.act() == Act.CONCRETE_TIMELINE).findFirst()
        .orElseThrow();
    assertEquals("την Παρασκευή, στις 3 μ.μ", timeline.substring(when.start(), when.end()));
    // replacements that change the length of the text (συγνώμη -> συγγνωμη) still map back to what was written
    String misspelt = "Σας ζητώ ΣΥΓΝΏΜΗ, και πάλι ΣYΓΓNΩMH!";
    List<Detection> apologies = el.detect(misspelt).stream().filter(x -> x.act() == Act.APOLOGY).toList();
    assertEquals(2, apologies.size());
    assertEquals("ΣΥΓΝΏΜΗ", misspelt.substring(apologies.get(0).start(), apologies.get(0).end()));
    assertEquals("ΣYΓΓNΩMH", misspelt.substring(apologies.get(1).start(), apologies.get(1).end()));
  }

  @Test
  public void spellingVariantsMatchTheSamePhrases() {
    // accents, case, final sigma, dialytika
    el.finds(Act.APOLOGY, "λυπαμαι", "ΛΥΠΑΜΑΙ", "Λυπάμαι");
    el.finds(Act.ACCEPT_RESPONSIBILITY, "δικό μας λάθος", "ΔΙΚΟ ΜΑΣ ΛΑΘΟΣ", "δικο μας λαθοσ");
    el.finds(Act.ESCALATION, "θα ενημερώσω τον προϊστάμενο", "θα ενημερωσω τον προιστάμενο",
        "ΘΑ ΕΝΗΜΕΡΩΣΩ ΤΟΝ ΠΡΟΪΣΤΑΜΕΝΟ");
    // the usual misspellings of συγγνώμη
    el.finds(Act.APOLOGY, "συγνώμη", "συγνόμη", "ΣΥΓΓΝΟΜΗ");
    // εταιρεία and εταιρία are both in use
    el.finds(Act.POLICY_AS_WEAPON, "πολιτική της εταιρείας", "πολιτική της εταιρίας", "ΠΟΛΙΤΙΚΗ ΤΗΣ ΕΤΑΙΡΙΑΣ");
    // Latin capitals typed for their Greek look-alikes (Y, N, M, H, O, K, A, T, E)
    el.finds(Act.APOLOGY, "ΣYΓΓNΩMH");
    el.finds(Act.CHECK_SATISFACTION, "Ok για εσάς;", "ΟΚ για εσάς;");
    el.finds(Act.CONCRETE_TIMELINE, "στις 3pm", "ΣΤΙΣ 3 Μ.Μ.", "μεχρι την παρασκευη", "ως τις ２０ Μαΐου", "ως τις 20 ΜΑΙΟΥ");
    // the Greek question mark (U+037E) and ano teleia (U+0387) separate words like ? and ;
    el.finds(Act.OFFER_HELP, "Πώς μπορώ να σας βοηθήσω\u037E");
    el.finds(Act.ANYTHING_ELSE, "Κάτι άλλο\u037E Θα ήθελα\u0387 τίποτε άλλο");

    Normalizer n = Repo.lexicons().require("el").lexicon().normalizer();
    assertEquals(n.normalize("λάθος"), n.normalize("ΛΑΘΟΣ"));
    assertEquals(n.normalize("λάθος"), n.normalize("λαθοσ"));
    assertEquals(n.normalize("Μαΐου"), n.normalize("ΜΑΙΟΥ"));
    assertEquals(n.normalize("συγγνώμη"), n.normalize("συγνώμη"));
    assertEquals(n.normalize("εταιρεία"), n.normalize("Εταιρία"));
    assertEquals(n.normalize("ΣΥΓΓΝΩΜΗ"), n.normalize("ΣYΓΓNΩMH"));
    assertEquals("3pm", n.normalize("3PM"));
  }

  @Test
  public void timelinesResolveToDeadlines() {
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(Instant.parse("2026-11-26T09:00:00Z"), deadline("εντός 3 εργάσιμων ημερών", monday));
    assertEquals(Instant.parse("2026-11-23T11:00:00Z"), deadline("θα σας καλέσω σε δύο ώρες", monday));
    assertEquals(Instant.parse("2026-11-27T12:00:00Z"), deadline("μέχρι την Παρασκευή το μεσημέρι", monday));
    assertEquals(Instant.parse("2026-11-27T15:00:00Z"), deadline("την Παρασκευή στις 3 το απόγευμα", monday));
    assertEquals(Instant.parse("2026-11-24T23:59:59Z"), deadline("μέχρι αύριο", monday));
    assertEquals(Instant.parse("2026-11-24T10:30:00Z"), deadline("ο τεχνικός θα έρθει αύριο στις 10:30", monday));
    assertEquals(Instant.parse("2026-11-23T15:00:00Z"), deadline("θα σας καλέσω στις 3", monday));
    assertEquals(Instant.parse("2026-11-23T15:00:00Z"), deadline("στις 15:00", monday));
    assertEquals(Instant.parse("2026-11-24T07:00:00Z"), deadline("στις 7 το πρωί", monday));
    assertEquals(Instant.parse("2026-11-23T20:00:00Z"), deadline("θα σας πάρω απόψε στις 8", monday));
    assertEquals(Instant.parse("2026-11-24T20:00:00Z"), deadline("αύριο το βράδυ στις 8", monday));
    assertEquals(Instant.parse("2026-11-25T23:59:59Z"), deadline("μεθαύριο", monday));
    assertEquals(Instant.parse("2026-12-20T23:59:59Z"), deadline("έως τις 20 Δεκεμβρίου", monday));
    assertEquals(Instant.parse("2027-03-12T23:59:59Z"), deadline("στις 12 Μαρτίου", monday));
    assertEquals(Instant.parse("2026-11-23T09:30:00Z"), deadline("μέσα σε μισή ώρα", monday));
  }

  @Test
  public void customerLinesAreGreek() {
    Lexicon lexicon = Repo.lexicons().require("el").lexicon();
    for (String kind : Lexicon.CUSTOMER_LINES) {
      List<String> lines = lexicon.customerLines(kind);
      assertTrue("customer lines for " + kind, lines.size() >= 2);
      for (String line : lines) assertTrue(line, line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
          == Character.UnicodeScript.GREEK));
    }
    for (Act act : Act.values()) {
      if (act.fromLexicon()) assertTrue("phrases for " + act.id(), !lexicon.phrases(act).isEmpty());
    }
  }

  @Test
  public void greeklishIsReadThroughTheSamePhrases() {
    el.finds(Act.APOLOGY, "Sygnomi gia tin talaipwria", "signomi", "syggnomi", "sygnwmh", "lypamai poly");
    el.finds(Act.OFFER_HELP, "pws mporw na sas voithisw?", "pws mporw na sas voi8isw");
    el.finds(Act.CONCRETE_TIMELINE, "8a sas enhmerwsoume mesa se 3 ergasimes meres", "tha to exete avrio");
    el.finds(Act.DISCOURTESY, "hremhste parakalw");
    el.finds(Act.ESCALATION, "tha milisw me ton proistameno mou");
    el.finds(Act.CHECK_SATISFACTION, "eiste ikanopoihmenos me th lysh?");
    // negation holds in Greeklish too
    el.doesNotFind(Act.OFFER_HELP, "den mporw na sas voithisw se auto", "Δεν μπορώ να σας βοηθήσω σε αυτό.");
  }

  @Test
  public void openingHoursRightsDelaysAndPlansAreNoTimelines() {
    el.doesNotFind(Act.CONCRETE_TIMELINE,
        "Η παραγγελία σας καθυστέρησε 2 μέρες.",
        "Μπορείτε να επιστρέψετε το προϊόν μέσα σε 14 ημέρες.",
        "Το κατάστημα είναι ανοιχτό από τις 9 έως τις 5.",
        "Την Κυριακή είμαστε κλειστά.",
        "Το πακέτο είναι για έναν μήνα.",
        "to katasthma einai anoixto apo tis 9 ews tis 5");
    el.finds(Act.CONCRETE_TIMELINE, "Τα χρήματα θα επιστραφούν σε 3 εργάσιμες.", "tha sas kalesoume mesa se 24 wres");
    // the Greek question mark asks a question
    el.finds(Act.CHECK_SATISFACTION, "Όλα καλά;", "Βοήθησε αυτό;");
  }

  @Test
  public void aCodeMixedLineIsReadInGreekAndInEnglish() {
    String text = "Συγγνώμη για την καθυστέρηση, you will have it within 3 business days";
    el.finds(Act.APOLOGY, text);
    el.finds(Act.CONCRETE_TIMELINE, text);
  }

  @Test
  public void namesAreFoundWrittenInTheOtherScriptAndDeclined() {
    DetectionAssertions latinNames = new DetectionAssertions("el", "Ana", "Acme Electronics");
    latinNames.finds(Act.OWN_NAME, "Είμαι η Άννα", "eimai h Anna apo thn Acme Electronics");
    latinNames.finds(Act.ORG_NAME, "geia sas, edw Anna apo Acme");
    // configured in Greek, written in Greeklish, in every case of the declension
    el.finds(Act.OWN_NAME, "kalhspera, o Nikos sas milaei", "milate me ton Niko");
    el.finds(Act.ORG_NAME, "eyxaristoume pou kalesate tin Elliniki Tilepikoinwnia");
    // configured in Latin letters, written in Greek and declined
    new DetectionAssertions("el", "Nikos", "").finds(Act.OWN_NAME, "Μιλάτε με τον Νίκο.");
  }

  private Instant deadline(String text, Instant at) {
    List<Detection> found = el.detect(text);
    Detection d = found.stream().filter(x -> x.act() == Act.CONCRETE_TIMELINE).findFirst()
        .orElseThrow(() -> new AssertionError("no timeline in \"" + text + "\": " + DetectionAssertions.describe(found)));
    return Timeline.deadline(d, at)
        .orElseThrow(() -> new AssertionError("no deadline from " + d));
  }

  @Test
  public void inflectedNamesAreTheAgentAndTheOrganisation() {
    DetectionAssertions greek = new DetectionAssertions("el", "Νίκος", "Ελληνική Τηλεπικοινωνία");
    greek.finds(Act.OWN_NAME, "Καλημέρα, με λένε Νίκο.", "Εδώ ο Νίκος.");
    greek.finds(Act.ORG_NAME, "Σας μιλάω εκ μέρους της Ελληνικής Τηλεπικοινωνίας.");
    greek.doesNotFind(Act.OWN_NAME, "Καλημέρα, με λένε Νίκη και είμαι εδώ.");
  }

  @Test
  public void moreConstructionsInBothScripts() {
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Σας στείλαμε λάθος προϊόν.", "sas steilame lathos proion",
        "Ο συνάδελφός μας σας έδωσε λάθος πληροφορίες.");
    el.finds(Act.CONFIRM_UNDERSTANDING, "Εννοείτε την εφαρμογή για κινητό;", "Λέτε ότι η χρέωση έγινε δύο φορές;");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Ποιο μοντέλο έχετε;", "Έχετε κάνει επανεκκίνηση;");
    el.finds(Act.DISCOURTESY, "sas to eipa idi", "Μη μου χάνετε τον χρόνο.");
  }

  @Test
  public void restatementsFaultsAndRudenessByConstructionInBothScripts() {
    el.finds(Act.CONFIRM_UNDERSTANDING, "Άρα ο λογαριασμός σας χρεώθηκε δύο φορές, σωστά;",
        "Θέλετε δηλαδή να ακυρώσετε την παραγγελία;", "Δηλ. δεν έχετε καθόλου σήμα;",
        "Αν το έχω καταλάβει, το δέμα δεν έφτασε ποτέ.", "Να δω αν κατάλαβα: η συσκευή κλείνει μόνη της;",
        "to modem den anavei katholou, swsta?", "Δεν λειτουργεί το ίντερνετ από χθες, έτσι;",
        "Ara to router anavosvinei kokkino kai den exete internet katholou, etsi?");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Συγγνώμη, δεν κατάλαβα καλά, μπορείτε να επαναλάβετε;", "Έτσι;",
        "Να επιβεβαιώσω κάτι: κάνατε επανεκκίνηση;");
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Ήταν λάθος της εταιρείας μας.", "Ξεχάσαμε να σας ενημερώσουμε για την αλλαγή.",
        "Η καθυστέρηση οφείλεται αποκλειστικά σε εμάς.", "Δεν κάναμε σωστά τη δουλειά μας.",
        "Ο τεχνικός μας έπρεπε να έρθει χθες.", "Μπερδέψαμε την παραγγελία σας με άλλη.", "lathos mas, sygnwmi");
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Δεν ξεχάσαμε την παραγγελία σας.");
    el.finds(Act.DISCOURTESY, "Δεν ξέρω, ρωτήστε στο κατάστημα.", "perimenete opws oloi", "Όλα εκεί τα γράφει.",
        "Ξαναδιαβάστε το μήνυμά μου.", "Αφού σας το είπα!", "Κάντε παράπονο αν θέλετε.", "sovara twra?",
        "Δεν έχω όλη μέρα.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν φταίτε εσείς.", "Δεν ξέρω ακόμα, θα το ελέγξω αμέσως.");
  }

  @Test
  public void admissionsOfFaultByConstructionInBothScripts() {
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Έγινε λάθος στο σύστημά μας.", "Έγινε ένα λάθος από την αποθήκη μας.",
        "Το κάναμε θάλασσα, συγγνώμη.", "Ta thalassosame, sorry.", "Δεν ήταν σωστό από μέρους μας.",
        "Από την πλευρά μας έγινε το λάθος.", "apo tin pleura mas egine to lathos", "Φταίει το σύστημά μας, όχι εσείς.",
        "Το σφάλμα προήλθε από εμάς.");
    el.finds(Act.ACCEPT_RESPONSIBILITY, "δικη μας η πατατα, συγγνωμη", "sygnwmh, dikh mas pavla",
        "Omologoume oti den xeiristikame swsta to aitima sas.", "Ti na pw, exete dikio, mas ksefyge.");
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Δεν είναι δικό μας λάθος, φταίει ο courier.",
        "Λυπούμαστε για την ταλαιπωρία.");
  }

  @Test
  public void checksThatAFixTookInBothScripts() {
    el.finds(Act.CHECK_SATISFACTION, "ola kala?", "Ok?", "Τώρα παίρνει κανονικά το wifi;", "twra pairnei kanonika to wifi?",
        "Λύθηκε;", "Πήρατε την επιστροφή χρημάτων;", "Δοκιμάστε και πείτε μου.", "dokimaste kai peite mou",
        "Έχετε ακόμα πρόβλημα;", "exete akoma provlima?", "Σας εξυπηρετεί αυτό;", "Πώς πήγε;", "Είναι καλύτερα τώρα;",
        "Τα καταφέρατε;", "Άνοιξε τώρα η εφαρμογή;", "Σας έλυσα την απορία;");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Ποιο μοντέλο έχετε;", "Πότε σταμάτησε να λειτουργεί;", "Πώς πάει η μέρα σας;",
        "Συγγνώμη, μπορείτε να μου πείτε ξανά τον ΑΦΜ σας;");
  }

  @Test
  public void discourtesyByLecturingAndSarcasm() {
    el.finds(Act.DISCOURTESY, "Δεν καταλαβαίνετε.", "den katalavainete", "Σας το ξαναλέω, δεν γίνεται.",
        "Αν είχατε διαβάσει τους όρους, θα το ξέρατε.", "Προσέξτε λίγο τι σας λέω.", "Σοβαρά μιλάτε;", "Τι λέτε τώρα;",
        "Δεν είμαστε μάντεις.", "Δεν κάνουμε θαύματα.", "Μιλήστε με τρόπο.", "Μάλλον δεν καταλάβατε.",
        "Μη με διακόπτετε.");
    el.finds(Act.DISCOURTESY, "Είναι γραμμένο καθαρά στο site, δεν το διαβάσατε.", "e kai? ti na kanw egw",
        "Kathe mera ta idia, den exete allh douleia?", "Το κινητό σας είναι παλιό, τι περιμένατε;",
        "Διαβάστε το εγχειρίδιο πρώτα και μετά ξαναπάρτε.");
    el.finds(Act.CHECK_SATISFACTION, "Ενημερώστε μας αν η λύση που σας προτείναμε έλυσε το πρόβλημα.");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Ελπίζουμε να σας εξυπηρετήσαμε.");
    el.doesNotFind(Act.DISCOURTESY, "Αν δεν καταλάβατε κάτι, ρωτήστε με.", "Καταλαβαίνω την ενόχληση σας.",
        "Λυπάμαι αν δεν καταλαβαίνετε τη χρέωση, θα σας την εξηγήσω.");
  }

  @Test
  public void exasperationCondescensionAndNuisanceInBothScripts() {
    el.finds(Act.DISCOURTESY, "Πού να ξέρω εγώ πού είναι το δέμα σας;", "Pou na kserw egw, rwtiste to courier.",
        "Άντε πάλι τα ίδια.", "Pali ta idia, ti na sas pw.", "Παιδί μου, αυτά τα ξέρει κι ένα μωρό.",
        "Φτάνει πια με τα ίδια και τα ίδια.", "Εσείς πατήσατε λάθος κουμπί, όχι εμείς.", "Μας έχετε ζαλίσει με τα τηλεφωνήματα.",
        "Den eiste o monos pelatis kyrie.", "Mi mou fwnazete.", "Μην κάνετε τον έξυπνο.", "Δεν είμαι υπάλληλός σας.",
        "Αφού δεν ξέρετε να το χρησιμοποιείτε, γιατί το αγοράσατε;", "Eiste poly enoxlitikos.");
    el.doesNotFind(Act.DISCOURTESY, "Ωχ, λυπάμαι πολύ που το ακούω.", "Εσείς λάβατε λάθος προϊόν από εμάς, θα το αλλάξουμε αμέσως.",
        "Μην ανησυχείτε, δεν κάνατε κανένα λάθος.", "Τόσο απλό είναι να ενεργοποιήσετε την υπηρεσία από την εφαρμογή.",
        "Ουφ, επιτέλους λύθηκε, χαίρομαι πολύ!", "Είστε πολύ ευγενικός, ευχαριστώ.");
  }

  @Test
  public void restatementsAfterAnAddressOrAsSoQuestions() {
    el.finds(Act.CONFIRM_UNDERSTANDING, "Κυρία μου, εννοείτε την εφαρμογή για κινητό;", "Kyrie, ennoeite tin efarmogi?",
        "Για να το καταλάβω, η παραγγελία δεν ήρθε καθόλου;", "An den kanw lathos, thelete epistrofi xrimatwn.",
        "Ώστε χρεωθήκατε δύο φορές για την ίδια παραγγελία;", "Η ερώτησή σας αφορά τον λογαριασμό του Μαρτίου;",
        "Ας το ξεκαθαρίσουμε: το ρούτερ δεν ανάβει καθόλου;", "Kalws katalava oti den sas irthe to dema?",
        "Κατάλαβα, οπότε ο λογαριασμός ήρθε διπλός;");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Τι ακριβώς εννοείτε;", "Συγγνώμη, δεν σας ακούω καλά.",
        "Συγγνώμη, δεν σας άκουσα καλά, μου λέτε πάλι το τηλέφωνο;", "Εντάξει, οπότε θα σας καλέσει ο τεχνικός αύριο;",
        "Τι πρόβλημα έχει η συσκευή;", "Δεν μπορώ να σας καταλάβω, η γραμμή κόβεται.");
    el.finds(Act.OFFER_HELP, "pws na voi8isw?", "Πείτε μου τι ακριβώς συνέβη και θα το κοιτάξω αμέσως.");
    el.finds(Act.ANYTHING_ELSE, "tpt allo na koita3oume?");
    el.finds(Act.ASK_PREFERENCE, "Na sas steiloume kainourio h na sas epistrepsoume ta xrhmata?");
  }

  @Test
  public void moreRudenessAndRestatementsWithLoipon() {
    el.finds(Act.DISCOURTESY, "Δεν έχετε ιδέα τι λέτε.", "Τα ίδια μου λέτε κάθε μέρα.", "Δεν θα σας πω ξανά το ίδιο πράγμα.",
        "Πρώτα μάθετε να χρησιμοποιείτε το κινητό και μετά παραπονιέστε.", "Kalytera na diavazate tis odigies.",
        "Den einai provlima mas, einai diko sas.", "Αυτά είναι δικά σας προβλήματα.", "Μη μου τα λέτε εμένα αυτά.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν θα σας ενοχλήσουμε ξανά.", "Δεν είναι καθόλου δικό σας λάθος.");
    el.finds(Act.CONFIRM_UNDERSTANDING, "Λέτε λοιπόν ότι η παράδοση δεν έγινε ποτέ;", "Ζητάτε λοιπόν ακύρωση χωρίς χρέωση;",
        "Το αίτημά σας είναι να αλλάξει η διεύθυνση χρέωσης;");
  }

  @Test
  public void rudenessByConditionFussOrTakeItOrLeaveIt() {
    el.finds(Act.DISCOURTESY, "Αν ξέρατε να το ρυθμίσετε, δεν θα είχατε πρόβλημα.", "Αν δεν σας αρέσει, πηγαίνετε αλλού.",
        "an den sas kanei, mhn to xrhsimopoieite", "Για δύο ευρώ κάνετε τόσο θέμα;", "Για τέτοια ερώτηση παίρνετε τηλέφωνο;",
        "Σιγά το πρόβλημα, ένα καλώδιο είναι.", "Όλοι οι πελάτες σαν εσάς παραπονιούνται για το τίποτα.", "Όχι πάλι εσείς!",
        "Μου χαλάτε τη μέρα με τέτοια παράπονα.", "Έπρεπε να το είχατε σκεφτεί πριν το αγοράσετε.",
        "Seriously τώρα;", "Whatever, κάντε ό,τι θέλετε.", "Αυτό είναι user error.");
    el.doesNotFind(Act.DISCOURTESY, "Αν δεν σας βολεύει η ώρα, μπορούμε να την αλλάξουμε.",
        "Αν δεν σας αρέσει το χρώμα, μην ανησυχείτε, το αλλάζουμε δωρεάν.", "Σιγά σιγά θα επανέλθει η σύνδεση.",
        "Αν ξέρετε τον αριθμό παραγγελίας, στείλτε τον μου.");
  }

  @Test
  public void refusalsByTheCompanyTheSystemOrAPassedDeadline() {
    el.finds(Act.POLICY_AS_WEAPON, "Το σύστημα δεν μου επιτρέπει να κάνω ακύρωση.", "Η εταιρεία δεν δέχεται επιστροφές ανοιγμένων ειδών.",
        "Δεν είναι δυνατόν, το λέει ο κανονισμός.", "etsi leei h politikh, den ginetai", "Δεν προβλέπεται αποζημίωση από τους όρους.",
        "Η εγγύηση έχει λήξει, οπότε δεν μπορούμε να το επισκευάσουμε δωρεάν.", "Οι κανονισμοί μας δεν μας αφήνουν να σας δώσουμε πίστωση.",
        "Χωρίς απόδειξη δεν δεχόμαστε επιστροφές.", "Δεν κάνουμε εξαιρέσεις.", "Η πολιτική μας είναι σαφής.",
        "Μας απαγορεύεται να δίνουμε επιστροφή χρημάτων.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Η προθεσμία δεν έχει λήξει, οπότε μπορούμε να κάνουμε την επιστροφή.",
        "Η εγγύηση καλύπτει τη βλάβη, θα σας στείλουμε τεχνικό.", "Χωρίς καθυστέρηση θα σας στείλουμε το νέο προϊόν.");
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Η προθεσμία των 14 ημερών έχει περάσει.", "Τρεις μέρες χωρίς ρεύμα είναι πολύ.",
        "Η αίτηση καταχωρήθηκε στις 3 Ιουνίου.", "Ποιο από τα δύο προτιμάτε;");
    el.finds(Act.CONCRETE_TIMELINE, "Στείλαμε το δέμα, θα το έχετε σε 2 εργάσιμες.");
  }

  @Test
  public void restatementsThatAskWhatIsMeantAndChoicesOfferedEitherOr() {
    el.finds(Act.CONFIRM_UNDERSTANDING, "Λέτε για το πακέτο της κινητής ή για το σταθερό;", "Για την κάρτα που λήγει τον Ιούνιο μιλάτε;",
        "an to katalava, den sas hrthe to sms?", "Καταλαβαίνω, οπότε η παραγγελία ήρθε χωρίς το καλώδιο;");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Για ποιο προϊόν μιλάτε;", "Μου λέτε τον αριθμό παραγγελίας;",
        "Για να είμαι σίγουρη, έχετε κάνει επανεκκίνηση;", "Για να είμαι σίγουρος, ποιο email χρησιμοποιείτε;",
        "Μπορείτε να τα πείτε ένα ένα για να τα σημειώσω σωστά;");
    el.finds(Act.ASK_PREFERENCE, "Μπορούμε είτε να σας στείλουμε καινούργιο είτε να σας επιστρέψουμε τα χρήματα.",
        "Να σας το αλλάξουμε ή να σας επιστρέψουμε τα χρήματα;", "Θέλετε να ακυρωθεί όλη η παραγγελία ή μόνο ένα προϊόν;");
    el.finds(Act.ANYTHING_ELSE, "Θέλετε να δούμε και κάτι άλλο;");
    el.doesNotFind(Act.VAGUE_PROMISE, "Θα το κοιτάξω αμέσως.");
  }

  @Test
  public void admissionsInOtherWordsAndRefusalsThatCannotBypassTheSystem() {
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Δικό μας φάλτσο, συγγνώμη.", "Η ευθύνη βαρύνει εμάς.");
    el.finds(Act.POLICY_AS_WEAPON, "Δεν μπορώ να παρακάμψω το σύστημα.", "Το απαγορεύει ο κανονισμός.");
    el.finds(Act.DISCOURTESY, "Γιατί δεν το είπατε από την αρχή;", "Δεν είμαι υποχρεωμένη να σας εξηγώ.",
        "Μη με ξαναπάρετε για το ίδιο θέμα.", "Γιατί φωνάζετε;", "Αν δεν σας αρέσει, κλείστε τον λογαριασμό.",
        "Lol, το γράφει στην πρώτη σελίδα.");
    el.doesNotFind(Act.DISCOURTESY, "Γιατί δεν λειτουργεί η εφαρμογή; Θα το ελέγξω.", "Δεν είστε υποχρεωμένος να πληρώσετε τίποτα.");
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Τρίτη φορά παίρνετε σήμερα.");
  }

  @Test
  public void restatementsOpenedByWhatTheCustomerSaysOrWhatTheAgentGathered() {
    el.finds(Act.CONFIRM_UNDERSTANDING, "Μου λέτε λοιπόν ότι δεν ήρθε ποτέ ο τεχνικός;", "Μου λέτε πως ο τεχνικός δεν ήρθε ποτέ;",
        "Κατάλαβα ότι η παράδοση δεν έγινε ποτέ.", "Για να δω αν το έπιασα σωστά: θέλετε νέα κάρτα;",
        "Για να είμαι σίγουρη ότι κατάλαβα σωστά: ο λογαριασμός που σας ήρθε είναι 486 ευρώ;");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Μου λέτε τον αριθμό πελάτη;", "Δεν κατάλαβα ότι είχατε ήδη καλέσει.");
  }

  @Test
  public void satisfactionCheckedAsWhetherItWorkedCameBackOrHelped() {
    el.finds(Act.CHECK_SATISFACTION, "Σας δούλεψε τελικά;", "sou epiase?", "Επανήλθε το ίντερνετ;", "Αποκαταστάθηκε η υδροδότηση;",
        "Τελικά πέρασε η πληρωμή;", "Εμφανίζεται σωστά τώρα το υπόλοιπο;", "Τώρα σωστά;", "Έχετε πλέον σήμα στο σπίτι;",
        "exete twra internet?", "Πώς πάει τώρα η σύνδεση;", "Είστε εντάξει έτσι;", "Ήταν κατατοπιστική η απάντηση;",
        "Είναι πιο ξεκάθαρο τώρα;", "Απαντήθηκαν οι ερωτήσεις σας;", "Apanthsa sthn erwthsh sas?",
        "Είναι αυτό που ψάχνατε;", "Προλάβατε να το δοκιμάσετε;", "Επιβεβαιώστε μου ότι επανήλθε το σήμα.",
        "Πείτε μου αν συνεχίζει να κολλάει.", "Σταμάτησε τώρα ο θόρυβος;", "Έφυγε πλέον η ειδοποίηση ή εμφανίζεται ακόμα;",
        "An h syndesh synexizei na peftei, grapste mas ksana.");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Ποιο χρώμα σας άρεσε περισσότερο;", "Τι σας εμφανίζεται τώρα στην οθόνη;",
        "Θα ήταν χρήσιμο να μου στείλετε μια φωτογραφία;", "Ελπίζω να ήταν χρήσιμη η απάντηση.", "Θέλετε αντικατάσταση ή κάτι ακόμα;",
        "Η σύνδεση επανήλθε στις 10:00.", "Έχετε σήμα στο κινητό;");
  }

  @Test
  public void rudenessAsRhetoricalQuestionsLateWishesLecturesAndBrushOffs() {
    el.finds(Act.DISCOURTESY, "Ξέρετε να διαβάζετε;", "Τόσο δύσκολο ήταν;", "Με δουλεύετε τώρα;", "Κινέζικα σας μιλάω;",
        "Με ποιον νομίζετε πως μιλάτε;", "Ας διαβάζατε τους όρους.", "as prosexate pio poly", "Η βλάβη οφείλεται σε δική σας απροσεξία.",
        "Η ζημιά είναι από κακή χρήση σας.", "Δεν το ρυθμίσατε σωστά, γι' αυτό δεν δουλεύει.",
        "Δεν είναι υποχρέωσή μας... δεν είναι δουλειά μας να σας ψάχνουμε τα δέματα.", "Την επόμενη φορά να διαβάζετε τις οδηγίες.",
        "Να είστε πιο προσεκτικός.", "Αυτό το ξέρει ο καθένας.", "Σας το εξηγώ για τρίτη φορά.", "Διαβάστε ό,τι σας έγραψα.",
        "Δεν γίνεται, τελεία και παύλα.", "Den asxoloumai me tetoia.", "Πείτε μου γρήγορα τον αριθμό.", "Χαμηλώστε τη φωνή σας.",
        "Μην κάνετε σαν μικρό παιδί.", "Το χαλάσατε και φταίμε εμείς;", "Δεν είναι δα και τόσο περίπλοκο.",
        "Όλοι τα ίδια λέτε.", "Δεν θέλει πυρηνική φυσική.");
    el.doesNotFind(Act.DISCOURTESY, "Ξέρετε να διαβάζετε τον μετρητή;", "Δεν οφείλεται σε δική σας αμέλεια.",
        "Μήπως δεν το συνδέσατε σωστά;", "Χαμηλώστε την ένταση της τηλεόρασης και ξαναδοκιμάστε.",
        "Μην ανησυχείτε, το ξέρουν όλοι οι συνάδελφοι.", "Δεν είναι δύσκολο, θα σας δείξω βήμα βήμα.",
        "Την επόμενη φορά μπορείτε να κάνετε την αλλαγή από την εφαρμογή.");
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Ναι, φταίμε εμείς, συγγνώμη.");
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Το χαλάσατε και φταίμε εμείς;");
  }

  @Test
  public void satisfactionCheckedAsGoneWellOrClosedAndRudenessAsDisbeliefOrBlameThrownBack() {
    el.finds(Act.CHECK_SATISFACTION, "Λειτουργεί όπως πρέπει;", "Mporeite na mpeite kanonika?", "Το λάβατε κανονικά;", "Δουλεύει;",
        "Βελτιώθηκε η ταχύτητα;", "Είδατε κάποια διαφορά;", "Να θεωρήσω ότι λύθηκε το θέμα;", "Μπορούμε να κλείσουμε το αίτημα;",
        "Όλα μια χαρά;", "Πήγε καλά η εγκατάσταση;", "Τι λέτε, δούλεψε;", "Μου λέτε αν άνοιξε;", "grapste mou an efyge to mhnyma",
        "Ενημερώστε με για το αποτέλεσμα.");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Θέλετε να το ρυθμίσουμε όπως πρέπει;", "Ποιο από τα δύο λειτουργεί όπως πρέπει;",
        "Δουλεύει η κάμερα του κινητού;", "Είναι σωστά τα στοιχεία σας;", "Θα σας ενημερώσουμε για το αποτέλεσμα.",
        "Πείτε μου αν βλέπετε το κουμπί.");
    el.finds(Act.DISCOURTESY, "Δεν χρειάζεται να είστε Αϊνστάιν.", "Δεν ξέρετε τι λέτε.", "Μα καλά, δεν το είδατε;", "Σοβαρολογείτε;",
        "Δεν είναι δυνατόν να μην το ξέρετε.", "Δεν θέλω να ακούσω τίποτα.", "Κάντε ό,τι καταλαβαίνετε.", "Χάνω τον χρόνο μου εδώ.",
        "Εμάς μη μας κατηγορείτε.", "Έχετε τρελαθεί;", "Τι στο καλό κάνατε;", "Den to lete sovara.",
        "Βγάλτε τα πέρα.", "Ψάξτε το μόνος σας.");
    el.doesNotFind(Act.DISCOURTESY, "Μπορείτε να το κανονίσετε μόνος σας από την εφαρμογή.");
    el.finds(Act.CHECK_SATISFACTION, "Αυτό λύνει το θέμα σας;", "Efthase kanonika to dema?", "Εντάξει έτσι;");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Ποιο πακέτο λύνει το θέμα;");
  }
}
