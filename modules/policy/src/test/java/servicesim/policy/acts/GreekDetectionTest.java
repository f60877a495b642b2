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
  public void aSharedLaughAndNoStupidQuestionAreNoRudeness() {
    el.doesNotFind(Act.DISCOURTESY, "Χαχα, μην ντρέπεστε, σε όλους μας συμβαίνει.",
        "Δεν είναι καθόλου χαζή ερώτηση, να ρωτάτε ό,τι θέλετε.", "Xaxa oxi re, den einai xazh erwthsh.");
    el.finds(Act.DISCOURTESY, "Lol, είναι το πρώτο κουμπί στην αρχική σελίδα.", "Τι χαζή ερώτηση.");
    // said again because the agent was unclear, or to be sure
    el.doesNotFind(Act.DISCOURTESY, "Σας το ξαναλέω μόνο για να είμαστε σίγουροι: το εισιτήριο θα έρθει στο ίδιο email.",
        "Θα σας το ξαναπώ με άλλα λόγια, γιατί ίσως δεν το εξήγησα εγώ καλά την πρώτη φορά.");
    el.finds(Act.DISCOURTESY, "Σας το ξαναλέω: δεν γίνεται.");
  }

  @Test
  public void aSentenceWrittenInEnglishIsEnglishToJudge() {
    el.doesNotFind(Act.CHECK_SATISFACTION, "Let us know if you need anything else.",
        "No problem! Let us know if you need help with anything else!");
    el.finds(Act.ANYTHING_ELSE, "Let us know if you need anything else.");
    el.doesNotFind(Act.DISCOURTESY, "Halloween is a big deal here at Southwest and we love being a part of it.",
        "What are you in the mood for? Whatever you'd like.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "If I cannot help you any further please disconnect.");
    // a Greek or Greeklish sentence, or too short a one, is still Greek's
    el.finds(Act.DISCOURTESY, "Big deal. Περιμένετε.");
    el.finds(Act.APOLOGY, "Sorry gia thn kathysterhsh, to elegxw amesws.");
  }

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
  public void gladToHelpAndDoNotHesitateOfferHelp() {
    el.finds(Act.OFFER_HELP, "Λάβαμε το μήνυμά σας και θα χαρούμε να σας βοηθήσουμε με την αλλαγή προγράμματος.",
        "Μη διστάσετε να επικοινωνήσετε μαζί μας αν χρειαστείτε κάτι για την εγκατάσταση.",
        "Mh diistasete na mas grapsete.");
    el.doesNotFind(Act.OFFER_HELP, "Μη διστάσετε, δεν θα σας απαντήσουμε.");
  }

  @Test
  public void admissionsInOtherWords() {
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Ήταν ένα technical issue δικό μας στο billing.",
        "Η ευθύνη είναι αποκλειστικά του καταστήματός μας.", "Αποδεχόμαστε ότι η εξυπηρέτηση δεν ήταν η αναμενόμενη.",
        "Έπρεπε να σας έχουμε στείλει τον κωδικό από την αρχή.");
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Η ευθύνη δεν είναι του καταστήματός μας.", "Το πρόβλημα δεν είναι δικό μας.");
  }

  @Test
  public void aRemedyOfferedWithAnAlternativeAsksThePreference() {
    el.finds(Act.ASK_PREFERENCE, "Σας κάνει μια έκπτωση 20% ή θα θέλατε κάτι άλλο;",
        "Αν θέλετε ακυρώνω την παραγγελία, αλλιώς μπορώ να αλλάξω τη διεύθυνση.",
        "Παρακαλούμε ενημερώστε μας εάν επιθυμείτε την επισκευή της συσκευής ή την αντικατάστασή της.");
  }

  @Test
  public void anAgeIsNoTimeline() {
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Έχω ένα μωρό έξι μηνών στο σπίτι.", "Το παιδί είναι ηλικίας 8 μηνών.");
    // the customer still inside a window is a state, not a deadline
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Είστε εντός των 14 ημερών, οπότε ξεκίνησα την επιστροφή.",
        "Eiste akoma entos twn 14 hmerwn.");
    el.finds(Act.CONCRETE_TIMELINE, "Θα το λάβετε εντός 3 ημερών.", "Tha to lavete entos 3 hmerwn.");
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
    // configured the English way, written as it sounds in Greek: ph, th, Eu-
    new DetectionAssertions("el", "Nikos", "Alpha Bank").finds(Act.ORG_NAME, "Καλημέρα, Άλφα Μπανκ, ο Νίκος.");
    new DetectionAssertions("el", "Nikos", "Zenith").finds(Act.ORG_NAME, "Ζενίθ, καλησπέρα σας.");
    new DetectionAssertions("el", "Nikos", "Eurobank").finds(Act.ORG_NAME, "Γιούρομπανκ, καλημέρα, ο Νίκος στο τηλέφωνο.");
    new DetectionAssertions("el", "Νίκος", "Άλφα Μπανκ").finds(Act.ORG_NAME, "Alpha Bank, kalimera sas");
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
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Δεν ξεχάσαμε την παραγγελία σας.", "Το λάθος το κάνατε εσείς, αλλά θα το διορθώσουμε.");
    el.finds(Act.DISCOURTESY, "Δεν ξέρω, ρωτήστε στο κατάστημα.", "perimenete opws oloi", "Όλα εκεί τα γράφει.",
        "Ξαναδιαβάστε το μήνυμά μου.", "Αφού σας το είπα!", "Κάντε παράπονο αν θέλετε.", "sovara twra?",
        "Δεν έχω όλη μέρα.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν φταίτε εσείς.", "Δεν ξέρω ακόμα, θα το ελέγξω αμέσως.",
        "Μην ανησυχείτε, δεν μας ενοχλείτε καθόλου.", "Αν δεν ξέρετε τον αριθμό παραγγελίας, δεν πειράζει, θα τον βρω εγώ.",
        "Δεν χρειάζεται να ξαναστείλετε τα έγγραφα.");
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
    el.doesNotFind(Act.CHECK_SATISFACTION, "Ελπίζουμε να σας εξυπηρετήσαμε.",
        "Καλησπέρα, Cosmote, ο Νίκος σας εξυπηρετεί.", "Eurobank kalimera, o Giwrgos sas eksipiretei");
    el.finds(Act.CHECK_SATISFACTION, "Καλησπέρα! Σας εξυπηρετεί αυτή η λύση;");
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

  @Test
  public void refusalsByEligibilityOrCriteriaNotMet() {
    el.finds(Act.POLICY_AS_WEAPON, "Λυπάμαι, δεν δικαιούστε δωρεάν αντικατάσταση γιατί η συσκευή αγοράστηκε από άλλο κατάστημα.",
        "Lypamai, den dikaiouste dwrean antikatastash.", "Η κάρτα σας δεν είναι επιλέξιμη για τις δόσεις χωρίς τόκο.",
        "Den eiste dikaiouxos ths ekptwshs, opote h xrewsh menei.", "Η παραγγελία δεν πληροί τις προϋποθέσεις για δωρεάν μεταφορικά.",
        "H aithsh sas den plhroi ta krithria gia epistrofh.", "Η ζημιά από υγρασία δεν καλύπτεται από την εγγύηση.");
    // entitled, or not covered while a way is still offered
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Σύμφωνα με τους όρους, δικαιούστε δωρεάν επισκευή.",
        "Dikaiouste epistrofh xrhmatwn, thn kanw amesws.",
        "Δεν καλύπτεται από την εγγύηση, αλλά μπορούμε να το επισκευάσουμε με έκπτωση.",
        "Η τηλεόραση δεν καλύπτεται από την ασφάλεια που έχετε, αλλά μπορείτε να την προσθέσετε τώρα με 2 ευρώ.",
        "Η βλάβη καλύπτεται από την εγγύηση, θα στείλουμε τεχνικό.");
  }

  @Test
  public void refusalsByALimitTheSystemOrARejectedRequest() {
    el.finds(Act.POLICY_AS_WEAPON, "Το ποσό είναι πάνω από το όριο που μπορώ να πιστώσω από εδώ.",
        "To poso ksepernaei to orio pou mporw na egkrinw.",
        "Έχετε ήδη εξαντλήσει το όριο των δύο αλλαγών, οπότε δεν μπορώ να κάνω τρίτη.",
        "Το σύστημα μπλοκάρει την ακύρωση μετά την έκδοση.", "To systhma den me afhnei na allaksw thn hmeromhnia.",
        "Η πλατφόρμα δεν δέχεται δεύτερο κουπόνι.", "Έτσι είναι ρυθμισμένο, δεν μπορώ να το αλλάξω.",
        "Η αίτησή σας απορρίφθηκε επειδή λείπει η βεβαίωση εργοδότη.", "H enstash sas aporrif8hke logw ekprothesmhs ypovolhs.",
        "Απορρίψαμε την ένστασή σας επειδή υποβλήθηκε εκπρόθεσμα.");
    // a fault of the system, a limit met with help, a payment the bank declined, a request granted
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Το σύστημα έχει πέσει και δεν με αφήνει να μπω, θα ξαναδοκιμάσω σε λίγο.",
        "To systhma kollaei, den me afhnei na swsw thn allagh, sygnwmh.",
        "Έχετε φτάσει το όριο δεδομένων, σας ενεργοποίησα δωρεάν επιπλέον 5 GB.",
        "Επειδή η κάρτα έληξε, η πληρωμή απορρίφθηκε· μπορείτε να βάλετε νέα κάρτα.",
        "Το αίτημά σας εγκρίθηκε και η επιστροφή θα γίνει σε 5 ημέρες.", "Έχετε ακόμα 2 GB από το όριο του πακέτου σας.");
  }

  @Test
  public void refusalsByOrdersFromAboveABareRuleOrOnlyFor() {
    el.finds(Act.POLICY_AS_WEAPON, "Έχουμε εντολή να μη δίνουμε πιστώσεις χωρίς έγκριση.",
        "Mas exoun pei na mhn kanoume akyrwseis apo to thlefwno.",
        "Οι οδηγίες που πήραμε είναι να μην αλλάζουμε διευθύνσεις μετά την αποστολή.",
        "Είναι απόφαση της διοίκησης, δεν αλλάζει.", "Einai apofash ths etaireias.");
    el.finds(Act.POLICY_AS_WEAPON, "Κανόνας.", "Einai kanonas, den to allazw egw.", "Κανόνας του καταστήματος, λυπάμαι.",
        "Οι όροι είναι ίδιοι για όλους τους πελάτες.", "Όχι, μόνο με την αρχική συσκευασία.", "Oxi, mono me apodeiksh.",
        "Δυστυχώς η προσφορά ισχύει μόνο για νέους συνδρομητές.", "Dystyxws oi epistrofes ginontai mono sto katasthma.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Οι οδηγίες λένε να μη βάζετε τη συσκευή στο νερό.",
        "Σας στέλνω οδηγίες για να μην χρειαστεί να ξαναπάτε στο κατάστημα.", "Σας είπαν στο κατάστημα να μην το φορτίσετε;",
        "Είναι κανόνας μας να σας ενημερώνουμε πριν από κάθε χρέωση.",
        "Όχι μόνο σας επιστρέφουμε τα χρήματα αλλά σας δίνουμε και κουπόνι.",
        "Μπορείτε να πληρώσετε μόνο με κάρτα ή και με μετρητά.", "Δεν υπάρχει χρέωση, πληρώνετε μόνο τα μεταφορικά.",
        "Η προσφορά ισχύει μέχρι τέλος του μήνα.");
  }

  @Test
  public void refusalsByLawPrivacyOrWhatTheAgentIsNotAllowed() {
    el.finds(Act.POLICY_AS_WEAPON, "Λόγω GDPR δεν μπορώ να σας πω σε ποιον ανήκει ο αριθμός.",
        "Gia logous asfaleias den mporw na sas dwsw ton kwdiko apo to thlefwno.",
        "Δεν μπορώ να σας δώσω το υπόλοιπο λόγω απορρήτου.", "Δεν επιτρέπεται να σας δώσω δεύτερη έκπτωση.",
        "Den epitrepetai na sas kanoume epistrofh metrhtwn.", "Δεν μπορούμε να κάνουμε άλλη αλλαγή στην κράτηση.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Για λόγους ασφαλείας δεν θα σας ζητήσουμε ποτέ τον κωδικό σας.",
        "Λόγω βλάβης στο δίκτυο δεν έχετε σήμα, θα αποκατασταθεί σύντομα.", "Δεν μπορώ να σας ακούσω καλά λόγω θορύβου.");
  }

  @Test
  public void rudenessAsNoMachinesNoScienceOrWhatTheCustomerFailedToOpen() {
    el.finds(Act.DISCOURTESY, "Δεν είμαστε ρομπότ, κάντε λίγη υπομονή.", "Den eimai xtapodi, ena ena ta aitimata.",
        "Δεν είναι δα και επιστήμη να αλλάξετε μια μπαταρία.", "Den thelei kai filosofia, pathste to koumpi.",
        "Δεν είναι φιλοσοφία, ένα κουμπί είναι.");
    el.finds(Act.DISCOURTESY, "Αν ανοίγατε πού και πού το email σας, θα το είχατε δει.",
        "An apantousate sta mhnymata mas, tha eixe lythei.",
        "Όπως θα βλέπατε αν κοιτούσατε τον λογαριασμό, η χρέωση είναι σωστή.",
        "Αν είχατε ακολουθήσει τις οδηγίες, δεν θα είχαμε αυτή τη συζήτηση.",
        "An eixate anoiksei to dema amesws, den tha ftaname edw.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν είμαστε σίγουροι ακόμα για την αιτία.", "Αν ανοίξετε την εφαρμογή, θα δείτε την επιλογή.",
        "Όπως θα ξέρετε ήδη, από τον Μάιο αλλάζουν τα τιμολόγια.");
  }

  @Test
  public void rudenessAsACurtEndTheSubjectClosedOrToldAgainAndAgain() {
    el.finds(Act.DISCOURTESY, "Δεν έχω τίποτα παραπάνω να πω.", "Den exw tipota allo na prosthesw.", "Η συζήτηση έληξε.",
        "To thema kleinei edw.", "Δεν θα το ξανασυζητήσουμε αυτό.", "Όπως σας έχουμε εξηγήσει ήδη, η χρέωση ισχύει.",
        "Σας ενημερώσαμε επανειλημμένα για την αλλαγή.");
    el.doesNotFind(Act.DISCOURTESY, "Σας ενημερώσαμε με email για την αλλαγή.", "Όπως σας είπαμε, ο τεχνικός θα έρθει αύριο.",
        "Το θέμα σας κλείνει εδώ με την επιστροφή των χρημάτων, σας ευχαριστούμε.");
  }

  @Test
  public void rudenessAsDramaOrTheCustomerAsABother() {
    el.finds(Act.DISCOURTESY, "Δεν χρειάζονται τόσες φωνές για μια καθυστέρηση.", "Mhn kanete drama, ena paketo einai.",
        "Μη δραματοποιείτε, θα έρθει.", "Σας παρακαλώ μη μας ενοχλείτε κάθε μέρα για το ίδιο.",
        "Stamathste na mas stelnete ta idia email.");
    el.doesNotFind(Act.DISCOURTESY, "Μη διστάσετε να μας ενοχλήσετε ξανά αν χρειαστεί.");
  }

  @Test
  public void rudenessAsOrdersBlameOrWhatDidYouExpect() {
    el.finds(Act.DISCOURTESY, "Ακούστε με πρώτα.", "Πρώτα διαβάστε τους όρους και μετά παραπονιέστε.",
        "Prwta diavaste tous orous kai meta paraponieste.", "Κάντε απλά ό,τι σας λέω.", "Kante oti sas lew kai 8a doulepsei.",
        "Ποιος σας είπε να το ανοίξετε;", "Poios sas eipe na to valete sto plynthrio?", "Δεν έχει σημασία τι πιστεύετε.");
    el.finds(Act.DISCOURTESY, "Γιατί δεν ελέγξατε το μέγεθος πριν την παραγγελία;", "Giati den diavasate thn perigrafh?",
        "Εσείς το προκαλέσατε με την αναβάθμιση.", "Το λάθος το κάνατε εσείς.", "Αφού το αφήσατε στη βροχή, τι περιμένατε;",
        "An ton xrhsimopoieite etsi, ti perimenate?", "Και τι περιμένατε με τόσο φθηνό πακέτο;",
        "Αν δεν θυμάστε ούτε τον κωδικό σας, δεν μπορώ να κάνω κάτι εγώ.",
        "An den kserete ti paraggeilate, den mporoume na kanoume tipota emeis.");
    el.doesNotFind(Act.DISCOURTESY, "Πρώτα θα ελέγξω τη γραμμή και μετά θα σας καλέσω.", "Κάντε επανεκκίνηση και μετά δοκιμάστε ξανά.",
        "Πρώτα πατήστε το κουμπί και μετά μου λέτε τι βλέπετε.", "Ακούστε, έχω καλά νέα για την επιστροφή σας.",
        "Ποιος σας εξυπηρέτησε την προηγούμενη φορά;", "Δεν έχει σημασία, θα το φτιάξουμε.",
        "Γιατί δεν λειτουργεί η κάρτα; Θα το ελέγξω τώρα.", "Τι περιμένατε να δείτε στην οθόνη μετά την ενημέρωση;",
        "Αν δεν θυμάστε τον κωδικό, μπορώ να σας στείλω νέο.");
  }

  @Test
  public void rudenessAsACondescendingAddressOrSorryNotSorry() {
    el.finds(Act.DISCOURTESY, "Κυρούλα, περιμένετε λίγο.", "Καλή μου κυρία, αυτό δεν γίνεται.", "Kalh mou kyria, auto den ginetai.",
        "Άνθρωπέ μου, σας το εξήγησα.", "An8rwpe mou, ti na sas pw.", "Sorry not sorry, έτσι είναι.");
    el.doesNotFind(Act.DISCOURTESY, "Καλή μέρα κυρία μου!", "Καλό σας απόγευμα, κύριε Νίκο.",
        "Καλημέρα κυρία μου, πώς μπορώ να βοηθήσω;");
  }

  @Test
  public void restatementsByFollowingTheCustomerOrInferringFromWhatTheySaid() {
    el.finds(Act.CONFIRM_UNDERSTANDING, "Αν σας ακολουθώ σωστά, το ρούτερ αναβοσβήνει κόκκινο;",
        "An se akolouthw kala, thes na allakseis mono to paketo?", "Διορθώστε με αν κάνω λάθος, η χρέωση ήρθε δύο φορές;",
        "Diorthwste me an kanw lathos, to dema den hr8e pote.");
    el.finds(Act.CONFIRM_UNDERSTANDING, "Από την περιγραφή σας, το πρόβλημα είναι στο καλώδιο και όχι στη συσκευή;",
        "Apo osa mou leete, h syndesh peftei mono to vrady?", "Από όσα μου γράψατε, η επιστροφή αφορά μόνο το ένα ζευγάρι;",
        "Συμπεραίνω ότι η κάρτα δεν έφτασε ποτέ στα χέρια σας.", "Epivevaiwste mou an isxyei: xrewtheite gia dyo syndromes.");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Από την περιγραφή σας θα σας στείλω τεχνικό αύριο.",
        "Από τα στοιχεία του συστήματος βλέπω ότι η πληρωμή πέρασε.");
  }

  @Test
  public void restatementsAsLongQuestionsOneThingNotTheOtherOrInShort() {
    el.finds(Act.CONFIRM_UNDERSTANDING,
        "Μιλάτε για τη χρέωση που εμφανίστηκε στον λογαριασμό του Απριλίου μετά την αλλαγή πακέτου;",
        "Milame gia thn paraggelia pou ekanes apo to kinhto ths adelfhs sou?",
        "Εννοείτε τη σύνδεση στο εξοχικό που μεταφέρατε στο όνομά σας τον περασμένο Μάρτιο;",
        "Θέλετε να ακυρώσουμε τη σύνδεση και όχι να τη μεταφέρουμε;", "Na to dhlwsw ws klopi ki oxi ws apwleia?",
        "Η επιστροφή αφορά το μπλε φόρεμα και όχι το παλτό;");
    el.finds(Act.CONFIRM_UNDERSTANDING, "Με λίγα λόγια, θέλετε να κρατήσετε τον αριθμό και να αλλάξετε πάροχο;",
        "Me dyo logia, to app kollaei mono sto login?", "Κοντολογίς, το δέμα επεστράφη στον αποστολέα;",
        "Just so we're on the same page, η κράτηση είναι για δύο άτομα;", "If I understood correctly, θέλετε ακύρωση;");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Γιατί πληρώσατε με μετρητά και όχι με κάρτα;",
        "Θα σας στείλουμε νέο και όχι επισκευασμένο.", "Μιλάτε με τη Μαρία από το τμήμα χρεώσεων.", "Μιλάμε αύριο στις 10;",
        "Με δυο λόγια, θα σας στείλουμε καινούργιο.", "Κοντολογίς, θα έχετε τα χρήματα την Τρίτη.");
  }

  @Test
  public void satisfactionCheckedAsBetterNowHelpedOrStarted() {
    el.finds(Act.CHECK_SATISFACTION, "Καλύτερα τώρα η εικόνα στην τηλεόραση του σαλονιού;", "Kalytera pleon to wifi sto panw orofo?",
        "Καλύτερη τώρα η ταχύτητα;", "Εντάξει έτσι, κύριε Γεωργίου;", "Ok etsi, kyria Maria?", "All good με την κάρτα τώρα;",
        "Εντάξει από μεριάς σας;");
    el.finds(Act.CHECK_SATISFACTION, "Σας βοήθησε ο σύνδεσμος που σας έστειλα;", "Sas voh8hse to video me tis odhgies?",
        "Σε βοήθησαν τα βήματα που σου έγραψα;",
        "Σας βοήθησε αυτό που σας περιέγραψα ή θέλετε να δοκιμάσουμε κάτι άλλο μαζί;");
    el.finds(Act.CHECK_SATISFACTION, "Πήρε μπροστά ο θερμοσίφωνας;", "Phre mprosta to aytokinhto meta th mpataria?",
        "Βγαίνετε πλέον στο ίντερνετ από τον υπολογιστή;", "Mpaineis twra kanonika sto e-banking?",
        "Συνδέεστε τώρα χωρίς πρόβλημα;");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Καλύτερα να κάνετε επανεκκίνηση τώρα;", "Εντάξει έτσι θα το κάνουμε.",
        "Ποιος σας εξυπηρέτησε την προηγούμενη φορά;", "Σας βοήθησε κάποιος συνάδελφος στο κατάστημα;",
        "Τι λάθος σας βγάζει όταν συνδέεστε τώρα;", "Συνδέεστε από υπολογιστή ή κινητό;",
        "Μπαίνετε στην εφαρμογή και πατάτε Ρυθμίσεις.", "Βγαίνετε από την εφαρμογή και ξαναμπαίνετε;");
  }

  @Test
  public void satisfactionCheckedByAFormalRequestOrWhetherTheMoneyCame() {
    el.finds(Act.CHECK_SATISFACTION, "Θα σας παρακαλούσαμε να μας ενημερώσετε αν το πρόβλημα έχει πλέον επιλυθεί.",
        "Tha mas enhmerwnate an douleuei pleon h syndesh?", "Θα μας επιβεβαιώνατε ότι όλα λειτουργούν σωστά;",
        "Ήρθε η επιστροφή χρημάτων στην κάρτα σας;", "Mphkan ta xrhmata ston logariasmo?", "Πιστώθηκε τελικά το ποσό;");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Πότε ήρθαν τα χρήματα στον λογαριασμό σας;",
        "Θα σας ενημερώσουμε μόλις επιλυθεί το πρόβλημα.", "Η επιστροφή χρημάτων θα έρθει στην κάρτα σας σε 5 ημέρες.",
        "Θα μας ενημερώνατε για τη διεύθυνση αποστολής;");
  }

  @Test
  public void refusalsByWhatIsNotDoneOrDoesNotApplyTermsSignedOrOnlyTheHolder() {
    el.finds(Act.POLICY_AS_WEAPON, "Δεν γίνονται επιστροφές σε εσώρουχα.", "Δεν κάνουμε εκπτώσεις πάνω σε προσφορές.",
        "Den ginontai allages meta thn apostolh.", "Η έκπτωση δεν ισχύει σε προϊόντα προσφοράς.",
        "H eggyhsh den isxyei gia zhmies apo ptwsh.", "Το κουπόνι δεν ισχύει πλέον.",
        "Η προσφορά έχει λήξει, δεν μπορώ να σας τη δώσω.", "Δυστυχώς δεν γίνεται, είναι θέμα πολιτικής.");
    el.finds(Act.POLICY_AS_WEAPON, "Το συμβόλαιο που υπογράψατε δεν επιτρέπει πρόωρη λύση.",
        "Στη σύμβαση αναφέρεται ρητά ότι δεν γίνεται επιστροφή.", "Έχετε υπογράψει ότι το αποδέχεστε.",
        "Oi oroi to anaferoun ksekathara.", "Δεν είναι δυνατόν, ο νόμος είναι σαφής.",
        "Αν κάνω εξαίρεση για εσάς, θα πρέπει να κάνω για όλους.");
    el.finds(Act.POLICY_AS_WEAPON, "Μόνο ο κάτοχος του λογαριασμού μπορεί να κάνει αλλαγές.",
        "Mono o idios o syndromhths mporei na zhthsei th forhtothta.", "Μόνο η κάτοχος της κάρτας μπορεί να ζητήσει ακύρωση.",
        "Χωρίς την υπογραφή του κατόχου δεν μπορώ να προχωρήσω.", "Xwris apodeiksh den ginetai allagh.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Δεν γίνεται επιστροφή σε μετρητά, αλλά θα σας επιστραφούν στην κάρτα.",
        "Η προσφορά δεν ισχύει για αυτό το χρώμα, υπάρχει όμως σε μπλε με την ίδια έκπτωση.",
        "Η προσφορά ισχύει για όλους τους πελάτες.", "Η εγγύηση ισχύει για δύο χρόνια.",
        "Η σύμβαση που υπογράψατε θα σας σταλεί με email.", "Μόλις υπογράψατε τη σύμβαση, ενεργοποιήθηκε η σύνδεση.",
        "Μόνο ο τεχνικός θα χρειαστεί πρόσβαση στο σπίτι.", "Μόνο ο ίδιος μπορεί να σας πει τι ακριβώς έγινε.",
        "Χωρίς απόδειξη μπορούμε να το αλλάξουμε με την κάρτα σας.",
        "Δεν χρειάζεται απόδειξη, βρίσκουμε την αγορά από την κάρτα σας.");
  }

  @Test
  public void rudenessAsQuestionsOnTheCustomersEarsOrReadingAndThreatsToEndIt() {
    el.finds(Act.DISCOURTESY, "Μήπως δεν ακούτε καλά;", "Mhpws den akoute kala?", "Καταλαβαίνετε ελληνικά;",
        "Katalavainete ellhnika?", "Έχετε διαβάσει καθόλου τους όρους;", "Exete diavasei katholou tous orous?",
        "Μήπως να διαβάζατε και λίγο τα μηνύματα που σας στέλνουμε;");
    el.finds(Act.DISCOURTESY, "Αν δεν συνεργαστείτε, δεν μπορώ να σας βοηθήσω.", "Θα κλείσω τη συνομιλία αν συνεχίσετε έτσι.",
        "Αν συνεχίσετε να βρίζετε, θα τερματίσω την κλήση.", "An synexiseis etsi, 8a kleisw th synomilia.");
    el.doesNotFind(Act.DISCOURTESY, "Μιλάτε ελληνικά ή προτιμάτε αγγλικά;", "Έχετε ακούσει καθόλου για το νέο πρόγραμμα;",
        "Έχετε λάβει καθόλου SMS από εμάς;", "Θα κλείσω το αίτημα αν δεν λάβω απάντηση σε τρεις μέρες.",
        "Θα κλείσω τη συνομιλία αν δεν έχετε άλλη ερώτηση.", "Αν συνεχίσετε με την αγορά, θα κλείσουμε την παραγγελία σήμερα.",
        "Αν δεν σταματήσετε τη συνδρομή, θα χρεωθείτε τον επόμενο μήνα.");
  }

  @Test
  public void rudenessAsLabelsGratitudeDemandedLastWarningsOrSoWhat() {
    el.finds(Act.DISCOURTESY, "Μην είστε τόσο απαιτητικός.", "Mhn eiste toso apaithtikh.", "Είστε πολύ απαιτητική.",
        "Να ευχαριστείτε που σας απαντάμε.", "Na euxaristeite pou sas apantame.",
        "Να είστε ευχαριστημένος που σας το αλλάξαμε.", "Κανονικά δεν θα έπρεπε καν να σας απαντήσω.");
    el.finds(Act.DISCOURTESY, "Τελευταία φορά σας το λέω.", "Teleutaia fora sas to lew.", "Σας το ξεκαθαρίζω για τελευταία φορά.");
    el.finds(Act.DISCOURTESY, "Ε, και;", "Λέτε ό,τι θέλετε.", "Κόψτε τα αυτά.", "Kopste ta auta.", "Τι θέλετε τέλος πάντων;",
        "Ε, τι να κάνουμε τώρα, να κλάψουμε;", "Ευχαριστώ για το κήρυγμα.");
    el.finds(Act.DISCOURTESY, "Δεν είμαι εδώ για να ακούω τα παράπονά σας.", "Den eimai edw gia na akouw fwnes.",
        "Δεν πληρώνομαι για να ακούω φωνές.", "Δεν είμαι ψυχολόγος σας.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν πρόλαβα καν να σας απαντήσω, συγγνώμη.", "Τέλος πάντων, θέλετε να το αλλάξουμε;",
        "Ευχαριστώ για την υπομονή σας.", "Είστε σε δύσκολη θέση, το καταλαβαίνω.", "Να είστε σίγουρος ότι θα το λύσουμε.",
        "Αφήστε τα αυτά στο ταμείο και θα σας εξυπηρετήσουν.", "Δεν είμαστε εδώ μόνο για πωλήσεις, αλλά και για υποστήριξη.",
        "Το πρόβλημα οφείλεται σε βλάβη του δικτύου στην περιοχή σας, όχι σε εμάς.");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Μην μου λέτε πώς να κάνω τη δουλειά μου.");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Να είστε ευχαριστημένος που σας το αλλάξαμε.");
  }

  @Test
  public void restatementsHeardBackPinnedDownOrDrawnAsAConsequence() {
    el.finds(Act.CONFIRM_UNDERSTANDING, "Καταλαβαίνω λοιπόν πως θέλετε να κρατήσετε το παλιό πακέτο.",
        "Katalavainw loipon oti to dema den hr8e.", "Σας ακούω να λέτε ότι το πακέτο ήρθε ανοιγμένο.",
        "Επομένως, η χρέωση εμφανίστηκε δύο φορές;", "Epomenws to provlhma einai mono sto 5G?");
    el.finds(Act.CONFIRM_UNDERSTANDING, "Όταν λέτε ότι δεν έρχεται, δεν φτάνει καθόλου ή αργεί;",
        "Otan les oti kollaei, kleinei entelws h paghwnei?", "Πρόκειται για το ρούτερ που σας στείλαμε τον Μάρτιο;",
        "Prokeitai gia thn kartela pou lhgei ton Iounio?", "Αφορά τη σύνδεση στο σπίτι ή στο γραφείο;",
        "Το ερώτημα είναι αν μπορείτε να αλλάξετε τη διεύθυνση;", "So basically θέλετε refund;");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Επομένως θα σας στείλουμε νέο ρούτερ;", "Όταν λέτε ότι δεν έρχεται, τι εννοείτε;",
        "Πρόκειται για βλάβη στο δίκτυο, θα αποκατασταθεί σύντομα.", "Αφορά κάποια από τις παραγγελίες σας;",
        "Πρόκειται για ποια παραγγελία;", "Σας ακούω, πείτε μου.", "Το θέμα είναι ότι η γραμμή σας έχει βλάβη.");
  }

  @Test
  public void satisfactionCheckedAsArrivedShownGoneThroughOrWorkingAfterTheFix() {
    el.finds(Act.CHECK_SATISFACTION, "Σας έφτασε το δέμα;", "Πώς σας φάνηκε η εξυπηρέτηση;", "Pws sas fanhke h nea syskeuh?",
        "Εμφανίζεται πλέον η πίστωση;", "Φαίνεται η πίστωση στο app;", "Vlepete thn epistrofh sto istoriko?");
    el.finds(Act.CHECK_SATISFACTION, "Έγινε η ενεργοποίηση από τη μεριά σας;", "Egine h epistrofh ston logariasmo sou?",
        "Ολοκληρώθηκε η μεταφορά του αριθμού;", "Δουλεύει το κινητό μετά την επανεκκίνηση;", "Douleuei to modem meta to reset?",
        "Άνοιξε η εφαρμογή μετά την ενημέρωση;", "Ta katafere to router na syndethei?");
    el.finds(Act.CHECK_SATISFACTION, "Νομίζω ότι λύθηκε, μου επιβεβαιώνετε;", "Αν κάτι δεν πάει καλά, γράψτε μου.",
        "An kati den doulepsei, peite mou.", "Αν κάτι δεν πάει όπως πρέπει, ξαναγράψτε μας.",
        "Πήρατε την απάντηση που θέλατε;", "Βρήκατε τη λύση που ψάχνατε;");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Πότε έγινε η αλλαγή του πακέτου;", "Τι φαίνεται στην οθόνη μετά την επανεκκίνηση;",
        "Βλέπετε κάποια χρέωση στον λογαριασμό;", "Μου επιβεβαιώνετε το email σας;", "Έγινε η πληρωμή με κάρτα;",
        "Η αλλαγή έγινε χθες το απόγευμα.", "Η απάντηση που θέλατε θα σας σταλεί με email.", "Ποια απάντηση περιμένατε;");
  }

  @Test
  public void aTimeBookedForTheNextStepIsATimelineButNotTheCustomersOwnBooking() {
    el.finds(Act.CONCRETE_TIMELINE, "Ο τεχνικός έχει κλειστεί για αύριο στις 9.",
        "Το ραντεβού με τον τεχνικό κλείστηκε για την Πέμπτη στις 10.",
        "To rantevou me ton texniko kleisthke gia thn Pempth stis 10.", "O texnikos exei kleistei gia avrio stis 9.",
        "Η επίσκεψη του ηλεκτρολόγου έχει κλειστεί για Δευτέρα πρωί.", "Η αλλαγή του μετρητή προγραμματίστηκε για τις 11.");
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Κλείσατε τραπέζι για Παρασκευή στις 8, σας περιμένουμε.",
        "Έχετε κλείσει δωμάτιο για αύριο, το βλέπω στο σύστημα.", "Kleisate eisithria gia to Savvato stis 9 to vrady.",
        "Το κατάστημα είναι κλειστό την Κυριακή.", "Η γραμμή εξυπηρέτησης είναι κλειστή την Κυριακή.");
  }

  @Test
  public void rudenessAsImpatienceWithTheCustomerRepeatingOrCalling() {
    el.finds(Act.DISCOURTESY, "Είκοσι λεπτά μου λέτε το ίδιο.", "Pes mou kati kainourio, auta ta kserw.",
        "Μην το ξαναλέμε, το σημείωσα.", "Μέχρι πότε θα το συζητάμε;", "Δεν μπορείτε να γράφετε κάθε πέντε λεπτά.",
        "Afhste me na doulepsw, parakalw.", "Άντε γρήγορα, τι θέλετε;", "Έχουμε και άλλες δουλειές εδώ.",
        "Δεν έχω όλη την ώρα.");
    el.doesNotFind(Act.DISCOURTESY, "Σας ακούω, πείτε μου.", "Πείτε μου αν υπάρχει κάτι νέο με την παραγγελία.",
        "Μπορείτε να παίρνετε κάθε μέρα μετά τις 9 για ενημέρωση.",
        "Αφήστε μας να κάνουμε τον έλεγχο και θα σας ενημερώσουμε.",
        "Δεν έχουμε όλο το πρωί διαθέσιμο τεχνικό, μόνο μετά τις 11.", "Μην το ξαναστείλετε, το λάβαμε.");
    // hearing the customer for twenty minutes is no offer, and no timeline; "fine, fine, I get it" restates nothing
    el.doesNotFind(Act.OFFER_HELP, "Σας ακούω είκοσι λεπτά να λέτε το ίδιο.", "Σας ακούω μια χαρά, μη φωνάζετε.");
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Σας ακούω είκοσι λεπτά να λέτε το ίδιο.",
        "Είστε ο πέμπτος σήμερα που ρωτάει το ίδιο.");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Kala kala, katalava, mh ta ksanaleme.");
  }

  @Test
  public void rudenessAsTalkingDownOrALectureForNextTime() {
    el.finds(Act.DISCOURTESY, "Να σας το συλλαβίσω κιόλας;", "Na sou to zwgrafisw?",
        "Θέλετε να σας το γράψω με μεγάλα γράμματα;", "Σας το λέω απλά απλά για να το καταλάβετε.",
        "Διαβάστε το ξανά, μήπως και το πιάσετε.", "Τα θέλετε όλα μασημένα.", "Λίγο ψάξιμο και από εσάς δεν βλάπτει.",
        "Την επόμενη φορά κοιτάξτε τις διαστάσεις πριν παραγγείλετε.",
        "Next time ελέγξτε το μέγεθος πριν το παραγγείλετε.");
    el.doesNotFind(Act.DISCOURTESY, "Θα σας το γράψω με κεφαλαία γράμματα στο email για να το βρείτε εύκολα.",
        "Μήπως το καταλάβατε λάθος; Η χρέωση είναι για τον Μάρτιο.", "Θέλετε τα έγγραφα έτοιμα για παραλαβή αύριο;",
        "Την επόμενη φορά μπορείτε να μας γράψετε και στο Viber.", "Λίγη υπομονή ακόμα, σας παρακαλώ.");
  }

  @Test
  public void rudenessAsTheCustomersWordBrushedAsideTheUserBlamedOrSarcasm() {
    el.finds(Act.DISCOURTESY, "Όσα μου γράφετε δεν στέκουν.", "Μη μου πουλάτε παραμύθια.", "Δεν σας χρωστάμε εξηγήσεις.",
        "Den eimaste filan8rwpiko idryma.", "Το θέμα είναι ο χρήστης, όχι η εφαρμογή.", "Όπως πάντα, φταίει ο χρήστης.",
        "Εσείς κάτι πατάτε στραβά.", "Κάποιοι εδώ δεν ανοίγουν τα SMS τους.", "Διαβάζει κανείς τους όρους πια;",
        "Ο κόσμος δεν χάθηκε για μια καθυστέρηση.", "An hthelate express, eprepe na to dhlwsete.",
        "Γράφετε ό,τι σας καπνίσει.", "Μη μου μιλάτε με τέτοιο ύφος.", "Den eimai koufos, sas akouw.");
    el.doesNotFind(Act.DISCOURTESY, "Αυτό που λέτε ισχύει, η χρέωση είναι λάθος.",
        "Δεν σας χρεώσαμε τίποτα για την επανασύνδεση.", "Το πρόβλημα δεν είναι στον χρήστη, είναι στο δίκτυο.",
        "Ο τεχνικός είπε ότι το πρόβλημα είναι στο καλώδιο του χρήστη, θα το αλλάξουμε δωρεάν.",
        "Μήπως κάνετε κάτι λάθος στη σύνδεση; Ας το δούμε μαζί.", "Δεν χάθηκε τίποτα, τα δεδομένα σας είναι ασφαλή.",
        "Αν θέλατε express αποστολή, μπορούμε να την αλλάξουμε τώρα.",
        "Γράψατε ότι είμαστε άχρηστοι· το καταλαβαίνω, ας το λύσουμε.",
        "Μη μου μιλάτε γρήγορα, θέλω να σημειώσω τον αριθμό.", "Όπως πάντα, σας ευχαριστούμε για την προτίμηση.");
  }

  @Test
  public void refusalsByAFareThatIsNotRefundedOnlyInPersonOrTheLaw() {
    el.finds(Act.POLICY_AS_WEAPON, "Το εισιτήριο Basic είναι μη επιστρεπτέο, οπότε δεν γίνεται επιστροφή.",
        "Auth h krathsh einai non-refundable, sorry.", "Το δωμάτιο δεν είναι επιστρέψιμο.",
        "Ο ναύλος δεν επιτρέπει αλλαγή ημερομηνίας.", "Η ανανέωση γίνεται μόνο αυτοπροσώπως, όχι τηλεφωνικά.",
        "Thlefwnika den ginetai h forhtothta.", "Η νομοθεσία δεν μας δίνει τέτοιο περιθώριο.");
    el.doesNotFind(Act.POLICY_AS_WEAPON,
        "Η προκαταβολή είναι μη επιστρεπτέα, αλλά μπορούμε να τη μεταφέρουμε σε άλλη ημερομηνία.",
        "Μπορείτε να το αλλάξετε μόνο στο κατάστημα, δεν χρειάζεται ραντεβού.",
        "Τηλεφωνικά δεν γίνεται η ενεργοποίηση, αλλά μπορώ να σας στείλω link.",
        "Η εγγύηση δεν προβλέπει χρέωση για την επισκευή, είναι δωρεάν.");
  }

  @Test
  public void refusalsForWantOfPapersOrdersFromAboveOrHeadOfficeSayingNo() {
    el.finds(Act.POLICY_AS_WEAPON, "Χωρίς τα δικαιολογητικά η αίτηση δεν εγκρίνεται.",
        "Den dinoume antigrafo xwris eksousiodothsh.", "Δεν παραδίδουμε δέμα χωρίς ταυτότητα.",
        "Έτσι μας είπαν από τα κεντρικά.", "Το λογιστήριο τέτοιες πιστώσεις δεν τις εγκρίνει.",
        "Η διοίκηση δεν κάνει εξαιρέσεις.", "Το finance δεν μας αφήνει να το περάσουμε.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Δεν ακυρώνουμε τίποτα χωρίς τη δική σας εντολή.",
        "Από πάνω μας είπαν να σας δώσουμε δωρεάν έναν μήνα, τον έχω ήδη περάσει.",
        "Το λογιστήριο δεν έχει εγκρίνει ακόμα την πίστωση, θα σας ενημερώσω μόλις γίνει.");
  }

  @Test
  public void refusalsByATimeOrALimitUsedUpOrAFaultOutsideTheCover() {
    el.finds(Act.POLICY_AS_WEAPON, "Η αίτηση δεν έγινε δεκτή, επειδή κατατέθηκε μετά τη λήξη της προθεσμίας.",
        "Είστε εκτός εγγύησης, οπότε η επισκευή χρεώνεται.", "Έκλεισε το περιθώριο ακύρωσης, δεν μπορώ να την περάσω.",
        "Τρεις μεταφορές τον μήνα επιτρέπονται και έχετε ήδη κάνει τις τρεις.",
        "Η ζημιά από νερό δεν εμπίπτει στην εγγύηση.", "Δίνουμε μόνο ένα κουπόνι ανά νοικοκυριό.",
        "Δεν δεχόμαστε πίσω ανοιγμένα εσώρουχα.", "Η μεταφορά δεν είναι εφικτή, διότι ο κανονισμός δεν το προβλέπει.",
        "Είμαστε υποχρεωμένοι από τον νόμο να κρατάμε τα στοιχεία, δεν μπορώ να τα διαγράψω.",
        "Σύμφωνα με την εγκύκλιο του υπουργείου, δεν χορηγείται βεβαίωση χωρίς ΑΜΚΑ.",
        "Per company rules, δεν δίνουμε δεύτερο voucher.", "Θέμα συμμόρφωσης, δεν μπορώ να σας δώσω αντίγραφο.",
        "Η πλατφόρμα δεν υποστηρίζει τέτοια.", "Manually δεν περνάνε αλλαγές.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Δυστυχώς δεν είναι στο χέρι μας, η πτήση ακυρώθηκε λόγω καιρού.",
        "Δεν είστε εκτός προθεσμίας, οπότε ξεκινάω την επιστροφή.", "Η ένστασή σας έγινε δεκτή και η χρέωση διαγράφηκε.",
        "Δεν παίρνουμε πίσω ανοιγμένα, αλλά μπορούμε να το αλλάξουμε με άλλο χρώμα.",
        "Η σύνδεση δεν είναι δυνατή επειδή δεν λειτουργεί κανονικά το δίκτυο στην περιοχή.",
        "Χειροκίνητα δεν γίνεται, αλλά μπορώ να το περάσω από το σύστημα σε ένα λεπτό.",
        "Είμαστε υποχρεωμένοι να σας ενημερώσουμε για την αλλαγή των τιμών.", "Μόνο ένα βήμα ακόμα: πατήστε Αποθήκευση.",
        "Θέμα ασφαλείας: δεν θα σας ζητήσουμε ποτέ τον κωδικό PIN.",
        "Σύμφωνα με το άρθρο 5 δικαιούστε αποζημίωση και δεν χρειάζεται να κάνετε τίποτα.");
  }

  @Test
  public void satisfactionCheckedByALightARingOrAPrintNowOrWeAreFine() {
    el.finds(Act.CHECK_SATISFACTION, "Ανάβει τώρα το πράσινο λαμπάκι;", "Anavei pleon to lampaki tou WiFi?",
        "Χτυπάει πια το κουδούνι;", "Τυπώνει τώρα κανονικά;", "Βγάζει ήχο πλέον η τηλεόραση;",
        "Pernaei twra h karta sto ATM?", "Εντάξει είμαστε;", "Eimaste kala twra?", "Οκ πλέον η σύνδεση;");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Τι χρώμα ανάβει τώρα το λαμπάκι;", "Πόσα σας βγάζει τώρα το υπόλοιπο;",
        "Είστε καλά;", "Καλά είμαστε με τον καιρό σήμερα!", "Περνάει τώρα ο τεχνικός από το σπίτι σας για τη μέτρηση.");
  }

  @Test
  public void satisfactionCheckedFormallyThisTimeOrByTheServiceAtHome() {
    el.finds(Act.CHECK_SATISFACTION, "Σας παρακαλούμε να μας γνωστοποιήσετε αν λειτουργεί πλέον η σύνδεση.",
        "Αναμένουμε την επιβεβαίωσή σας ότι η βλάβη αποκαταστάθηκε.", "Στείλτε μας ένα feedback αν δούλεψε η ρύθμιση.",
        "Έχει νερό τώρα η βρύση της κουζίνας;", "Exei reuma pleon to spiti?", "Σας αρκεί η πίστωση των 10 €;",
        "Sas kathontai kala ta papoutsia?", "Ήρθε ο κωδικός αυτή τη φορά;", "Mphkate sto app auth th fora?",
        "Μπορείτε πλέον να πληρώσετε με την κάρτα;", "Εδούλεψε τελικά;", "Happy με το νέο πακέτο;",
        "Did it work τελικά;", "Αν ξαναχαλάσει, μη διστάσετε να μας καλέσετε.");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Θα λάβετε επιβεβαίωση με SMS μόλις ολοκληρωθεί η αλλαγή.",
        "Ποιο email χρησιμοποιήσατε αυτή τη φορά;", "Θέλετε να το στείλουμε με courier αυτή τη φορά;",
        "Αν το πρόβλημα επανεμφανιστεί, ο τεχνικός θα το δει στην επόμενη επίσκεψη.",
        "Η κάρτα σας περνάει κανονικά σε όλα τα POS στο εξωτερικό.", "Έχει βλάβη το δίκτυο στην περιοχή σας.");
    // confirming what came is a check; confirming a detail or a fact is not
    el.finds(Act.CHECK_SATISFACTION, "Μας επιβεβαιώνετε ότι σας ήρθε το νέο συμβόλαιο;");
    el.doesNotFind(Act.CHECK_SATISFACTION, "Μου επιβεβαιώνετε τη διεύθυνση αποστολής;",
        "Μας επιβεβαιώνετε πότε αγοράσατε τη συσκευή;", "Μου επιβεβαιώνετε ότι είστε ο κάτοχος της κάρτας;");
  }

  @Test
  public void responsibilityAdmittedForACaseNotHandledProperly() {
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Δεν το χειριστήκαμε όπως έπρεπε, έχετε δίκιο.",
        "Den th diaxeiristhkame swsta thn aithsh sas.");
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Αν δεν το χειριστήκαμε σωστά, θα το δούμε ξανά.",
        "Δεν χειριστήκαμε ποτέ τέτοιο αίτημα, θα ρωτήσω.");
  }

  @Test
  public void rudenessAsHurryingTheCustomerAlong() {
    el.finds(Act.DISCOURTESY, "Τελειώνετε, έχω ουρά πίσω σας.", "Συντομεύετε λίγο, σας παρακαλώ.", "Στο ψητό.",
        "Mpeite sto thema sas.", "Κάντε γρήγορα γιατί κλείνουμε.", "Βιάζομαι, πείτε το σύντομα.",
        "Μας καθυστερείτε όλους.", "Έλα, πες τι θες, δεν έχω χρόνο.", "Den exw xrono na asxoloumai me tetoia.",
        "Pio grhgora parakalw, den einai mono dikos sas o xronos.", "Quick please, έχω queue.");
    el.doesNotFind(Act.DISCOURTESY, "Πείτε μου με την ησυχία σας, δεν βιάζομαι καθόλου.", "Μη βιάζεστε, πάρτε τον χρόνο σας.",
        "Δεν έχω ώρα για Τρίτη, έχω όμως Τετάρτη στις 10.", "Δυστυχώς δεν έχω διαθέσιμη ώρα αύριο.",
        "Γρήγορα και εύκολα, από την εφαρμογή μας.", "Τελειώνουμε σε ένα λεπτό, ευχαριστώ για την υπομονή.",
        "Θα σας εξυπηρετήσω όσο πιο γρήγορα γίνεται.");
  }

  @Test
  public void rudenessAsSarcasmAtTheCustomer() {
    el.finds(Act.DISCOURTESY, "Τι να σας πω, να σας χειροκροτήσω κιόλας;", "Μήπως θέλετε και χαρτζιλίκι;",
        "Na sas xeirokrothsoume kiolas?", "Αφού τα ξέρετε όλα, γιατί μας πήρατε;", "Εξυπνάδες δεν χρειάζονται.",
        "Τι άλλο θα ακούσω σήμερα;");
    el.doesNotFind(Act.DISCOURTESY, "Μπράβο, τα καταφέρατε! Το ρούτερ συνδέθηκε.", "Να σας στείλω και το τιμολόγιο με email;",
        "Θα θέλατε να σας κεράσουμε έναν καφέ όσο περιμένετε;", "Εσείς ξέρετε καλύτερα τι σας βολεύει.");
  }

  @Test
  public void rudenessAsBlameForWhatTheCustomerDidOrFailedToDo() {
    el.finds(Act.DISCOURTESY, "Αν δεν το είχατε ρίξει, δεν θα χαλούσε.",
        "An to eixate kleisei swsta, den tha eixe xalasei.", "Εσείς τα κάνατε μαντάρα, εσείς να τα βρείτε.",
        "Esy to xalases, esy na to plhrwseis.", "Αυτό συμβαίνει όταν δεν διαβάζετε τα μηνύματα.",
        "Auta pathainei opoios den diavazei ta mail tou.", "Δεν ήταν δύσκολο να το ελέγξετε μόνος σας.",
        "Αργήσατε, έπρεπε να το δηλώσετε μέσα σε 48 ώρες.", "Ας μην είχατε πατήσει ό,τι να 'ναι.");
    el.doesNotFind(Act.DISCOURTESY, "Αν είχατε λάβει το SMS, θα βλέπατε τον κωδικό.",
        "Δεν είναι δύσκολο να το κάνετε, θα σας δείξω βήμα βήμα.", "Εσείς να μου πείτε πότε σας βολεύει.",
        "Αν δεν είχατε λάβει ειδοποίηση, δεν θα χρεωθείτε τίποτα.");
  }

  @Test
  public void rudenessAsDismissalElsewhereOrIndifference() {
    el.finds(Act.DISCOURTESY, "Ψάξτε το αλλού.", "Psakste to allou, edw den tha vreite akri.", "Άλλαξε πάροχο αν δεν σου κάνει.",
        "Την πόρτα την ξέρετε.", "Υπάρχουν κι άλλοι πάροχοι, κανείς δεν σας κρατάει.", "Ό,τι θες κάνε.",
        "Oti thelete kante, egw ekana oti mporousa.", "Εμένα δεν μου πέφτει λόγος.",
        "Δεν μπορώ να κάνω κάτι, πάρτε κάποιον άλλον.", "Den me endiaferoun oi istories sas.");
    el.doesNotFind(Act.DISCOURTESY, "Υπάρχουν κι άλλα πακέτα που ίσως σας ταιριάζουν καλύτερα, να σας τα πω;",
        "Αν θέλετε να αλλάξετε πάροχο, θα σας στείλω τη φόρμα φορητότητας.",
        "Δεν χρειάζεται να αλλάξετε πάροχο, θα το λύσουμε εμείς.", "Ο συνάδελφος θα σας καλέσει αύριο.");
  }

  @Test
  public void rudenessAsRefusingToHearMoreOrHangingUpOnTheCustomer() {
    el.finds(Act.DISCOURTESY, "Δεν μπορώ να σας ακούω άλλο.", "Δεν αντέχω να σας ακούω.",
        "Σταματήστε να μου εξηγείτε, το έχω καταλάβει.", "Κόψτε την πολυλογία.", "Den exei nohma na to syzhtame.",
        "Άσ' τα αυτά τώρα.", "Δεν ακούω τίποτα μέχρι να ηρεμήσετε.", "An me vrisete allh mia fora, kleinw.",
        "Θα κλείσω τη γραμμή αν δεν μου μιλήσετε σωστά.", "Tha diakopsw thn klhsh an den hremhsete.",
        "Se periptwsh pou synexisete na fwnazete, tha kleisw th grammh.", "Κλείνω.", "Εδώ τελειώνει η συζήτηση.",
        "Tsirizete, den akouw tipota.", "Ρίξτε τους τόνους.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν μπορώ να σας ακούσω καλά, η γραμμή χαλάει.",
        "Δεν σας ακούω καλά, μπορείτε να επαναλάβετε;", "Δεν υπάρχει λόγος να ανησυχείτε, θα το λύσουμε.",
        "Δεν έχει νόημα να περιμένετε, σας το στέλνω τώρα.", "Συγγνώμη για την πολυλογία, σας στέλνω τώρα τη σύνοψη.",
        "Αν συνεχίσετε να έχετε πρόβλημα, κλείνουμε ραντεβού με τεχνικό.",
        "Σε περίπτωση που συνεχίσετε να έχετε πρόβλημα, καλέστε μας ξανά.",
        "Σας ευχαριστώ για την κλήση, κλείνω το αίτημα ως ολοκληρωμένο.",
        "Εδώ τελειώνει η διαδικασία, θα λάβετε SMS επιβεβαίωσης.", "Ρίξτε μια ματιά στο email σας, σας έστειλα την απόδειξη.");
  }

  @Test
  public void rudenessAsFamiliarAddressOrTalkingDown() {
    el.finds(Act.DISCOURTESY, "Κουκλίτσα μου, δεν γίνεται.", "Agaph mou, den ginetai.", "Μάστορα, δεν γίνεται αυτό.",
        "Ρε κολλητέ, περίμενε λίγο.", "Έλα ρε, τι λες;", "Παππού, άσ' το καλύτερα.", "Άκου φιλαράκο.",
        "Σας εξηγώ κάτι απλό και δεν το πιάνετε.", "Ακόμα κι ο πιο άσχετος το ξέρει αυτό.",
        "Μάθετε πρώτα πώς λειτουργεί και μετά παραπονεθείτε.");
    el.doesNotFind(Act.DISCOURTESY, "Χρυσό πακέτο έχετε, σωστά;", "Η γιαγιά σας είναι η κάτοχος της γραμμής;",
        "Φίλε μας πελάτη, ευχαριστούμε που μας επιλέξατε.", "Δεν πιάνετε σήμα στο σπίτι σας;",
        "Ελέγξτε πρώτα τη σύνδεση και μετά πάρτε μας ξανά αν χρειαστεί.", "Ναι, και ο τελευταίος λογαριασμός είναι σωστός.");
  }

  @Test
  public void refusalsByAPlainBanNoExceptionOrNoAuthority() {
    el.finds(Act.POLICY_AS_WEAPON, "Δεν επιτρέπεται.", "Αυτό απαγορεύεται.", "Apagoreuetai, lypamai.",
        "Apagoreuetai na sas dwsw tetoia stoixeia.", "Den epitrepetai h akyrwsh meta thn ekdosh.",
        "Εξαιρέσεις δεν υπάρχουν.", "Δεν υπάρχει περίπτωση εξαίρεσης.", "Δεν είμαι εξουσιοδοτημένος να το κάνω.",
        "Δεν έχω την εξουσιοδότηση για κάτι τέτοιο.", "Δεν αποφασίζω εγώ, το αποφασίζει η διοίκηση.",
        "Den yparxei tetoia dynatothta.", "Ta proionta se prosfora den allazontai.",
        "Η εταιρεία δεν κάνει τέτοιες επιστροφές.", "Τέτοιες ακυρώσεις δεν γίνονται δεκτές από την τράπεζα.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Απαγορεύεται να δίνετε τον κωδικό σας σε τρίτους, για την ασφάλειά σας.",
        "Δεν επιτρέπεται να μοιράζεστε τον κωδικό σας με κανέναν.",
        "Δεν είμαι εξουσιοδοτημένος να το εγκρίνω, θα σας συνδέσω με τον προϊστάμενό μου.",
        "Δεν υπάρχει δυνατότητα επιστροφής σε μετρητά, αλλά θα σας πιστώσουμε την κάρτα.",
        "Το ποσό δεν επιστρέφεται αυτόματα, κάντε την αίτηση και θα το ολοκληρώσω εγώ.",
        "Δεν χρειάζεται να επιστρέψετε τη συσκευή, την κρατάτε.", "Τέτοια λάθη δεν είναι αποδεκτά από εμάς, ζητώ συγγνώμη.");
  }

  @Test
  public void refusalsByOnlyInPersonOnlyTheHolderOrOnlyWithPapers() {
    el.finds(Act.POLICY_AS_WEAPON, "Μόνο αυτοπροσώπως, στο κατάστημα.", "Mono me tin taftotita sto katastima, sorry.",
        "Μόνο με εξουσιοδότηση θεωρημένη από ΚΕΠ.", "Αυτό γίνεται μόνο από τον κάτοχο της γραμμής.",
        "Τέτοια αιτήματα γίνονται μόνο γραπτώς.", "Πρέπει να έρθει ο ίδιος ο κάτοχος, αλλιώς δεν γίνεται.",
        "Δεν δεχόμαστε αιτήματα μέσω email, μόνο με φυσική παρουσία.", "Αποκλειστικά στα καταστήματά μας, όχι τηλεφωνικά.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Μόνο για να επιβεβαιώσω, η διεύθυνση είναι Ερμού 12;",
        "Μόνο με ένα κλικ το ενεργοποιείτε από την εφαρμογή.",
        "Η αλλαγή γίνεται μόνο στο κατάστημα, θέλετε να σας κλείσω ραντεβού;",
        "Χρειάζεται μόνο η ταυτότητά σας και την κάνουμε αμέσως.",
        "Μόνο από την εφαρμογή βλέπετε αναλυτικά τις χρεώσεις σας, σας δείχνω πώς.");
  }

  @Test
  public void refusalsByATimeLimitGoneBy() {
    el.finds(Act.POLICY_AS_WEAPON, "Πέρασαν οι 14 μέρες, άρα δεν γίνεται επιστροφή.",
        "Perasan oi 30 meres, ara den dikaiouste epistrofh.", "Meta apo 14 meres den ginontai allages.",
        "To aithma einai ekprothesmo.", "Έχετε ξεπεράσει το χρονικό περιθώριο για ακύρωση.",
        "Η εγγύηση έχει λήξει, οπότε πληρώνετε την επισκευή.", "Η διορία υπαναχώρησης έχει παρέλθει.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Δεν έχετε χάσει την προθεσμία, έχετε ακόμα πέντε μέρες.",
        "Η προθεσμία λήγει στις 30 Ιουνίου, οπότε προλαβαίνετε.", "Η εγγύηση έχει λήξει, αλλά θα σας κάνουμε την επισκευή δωρεάν.",
        "Πέρασε μία εβδομάδα και δεν ήρθε ο τεχνικός; Λυπάμαι πολύ, το κοιτάω αμέσως.",
        "Μετά τις 5 μέρες δεν θα έχετε άλλη χρέωση.", "Mhn anhsyxeite, den exete xasei thn prothesmia.");
  }

  @Test
  public void refusalsByOrdersFollowedTheRuleSayingNoOrAContractSigned() {
    el.finds(Act.POLICY_AS_WEAPON, "Ακολουθώ απλώς οδηγίες.", "Apla akolouthw odhgies.", "Εγώ απλά εκτελώ εντολές.",
        "Αυτές είναι οι οδηγίες που έχω.", "Οι οδηγίες είναι σαφείς, δεν γίνεται.", "Έτσι μας έχουν πει να κάνουμε.",
        "O kanonismos leei oxi.", "Oi diadikasies mas den to provlepoun.", "To apagoreuei o GDPR.",
        "Η ΡΑΕ το ορίζει έτσι, δεν αλλάζει.", "Η σύμβαση ορίζει ρήτρα πρόωρης αποχώρησης και θα χρεωθείτε.",
        "Υπογράψατε δέσμευση 24 μηνών, άρα πληρώνετε τη ρήτρα.", "Η διαδικασία είναι αυτή, δεν αλλάζει.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Ακολουθήστε τις οδηγίες στο SMS και θα συνδεθείτε.",
        "Ακολουθώ τη διαδικασία μαζί σας βήμα βήμα.", "Η διαδικασία είναι αυτή: πατάτε «Ρυθμίσεις» και μετά «Επαναφορά».",
        "Υπογράψατε το συμβόλαιο στις 3 Μαΐου, σωστά;",
        "Στο συμβόλαιο γράφει ότι έχετε δικαίωμα υπαναχώρησης 14 ημερών, οπότε μπορείτε να το ακυρώσετε δωρεάν.",
        "Η εγγύηση καλύπτει τη βλάβη, οπότε δεν θα πληρώσετε τίποτα.");
  }

  @Test
  public void rudenessInCypriotNothingMoreToSayOrNotUsAskThem() {
    el.finds(Act.DISCOURTESY, "Ότι θέλεις κάμε.", "Ίντα θέλεις να σου κάμω;", "Εν έχω χρόνο για τέτοια.",
        "Κάτσε ήσυχος τζαι άκου.", "Δεν είναι my problem.", "Ό,τι ήταν να σας πω το είπα.",
        "Δεν έχω τίποτα άλλο να σας πω.", "Θα σας πω ακόμα μια φορά και τελευταία.", "Κατάλαβες ή να στο ξαναπώ;",
        "Ρωτήστε τη ΔΕΗ, όχι εμάς.", "Δεν είμαστε εμείς υπεύθυνοι για το κούριερ.",
        "Εμείς δεν έχουμε καμία σχέση με αυτό.", "Κατανοητό, αλλά δεν με απασχολεί.", "Ε, και τι έγινε;",
        "Τι μου λέτε τώρα;", "Ούτε τα βασικά δεν ξέρετε.", "Πρόσεχε πώς μιλάς.", "Προσέξτε το ύφος σας.",
        "Ξέρετε με ποιον μιλάτε;", "Αφήστε με να τελειώσω!", "Αν δεν ξέρετε τι θέλετε, μην παίρνετε.",
        "Άντε, τελειώνουμε;");
    el.doesNotFind(Act.DISCOURTESY, "Εμείς δεν έχουμε σχέση με τον πάροχο ρεύματος, σας δίνω το τηλέφωνό τους.",
        "Ε και τι έγινε μετά; Σας ήρθε μήνυμα;", "Τι μου λέτε τώρα, ότι η χρέωση εμφανίστηκε ξανά;",
        "Προσέξτε πώς γράφετε τον κωδικό, είναι κεφαλαία.", "Ούτε εσείς δεν μπορείτε να μπείτε; Τότε είναι θέμα του συστήματος.",
        "Αν μας παίρνετε για τη βλάβη, σας ενημερώνω ότι αποκαταστάθηκε.", "Μείνετε ήσυχος, θα το λύσουμε.");
  }

  @Test
  public void refusalsByTheProcedureByPhoneNotOrOnlyWithinARule() {
    el.finds(Act.POLICY_AS_WEAPON, "Δεν μπορώ να σας συνδέσω με προϊστάμενο, δεν είναι η διαδικασία.",
        "Έτσι δουλεύουμε εδώ, λυπάμαι.", "Συγγνώμη αλλά είναι οι οδηγίες της εταιρείας.",
        "Θα πρέπει να έρθετε με την ταυτότητα στο κατάστημα, δεν μπορώ να το κάνω τηλεφωνικά.",
        "Το αίτημα ακύρωσης πρέπει να γίνει γραπτώς, τηλεφωνικά δεν ισχύει.",
        "Χωρίς το αρχικό τιμολόγιο η επισκευή δεν καλύπτεται.", "Mono me aitisi sto katastima.",
        "Η ακύρωση είναι δυνατή μόνο μέσα σε 24 ώρες από την κράτηση, οπότε δεν μπορώ.",
        "Κατά τους όρους της προσφοράς, η έκπτωση ισχύει μόνο για νέους πελάτες.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Σύμφωνα με τους όρους, χρειάζεται μόνο η ταυτότητά σας και σας την αλλάζουμε αμέσως.",
        "Κατά την πολιτική μας, η επιστροφή γίνεται μόνο στην κάρτα, και την έχω ήδη ξεκινήσει.",
        "Έτσι δουλεύει η εφαρμογή: πατάτε Ρυθμίσεις και μετά Λογαριασμός.",
        "Αυτές είναι οι οδηγίες της εταιρείας για την εγκατάσταση, σας τις στέλνω με email.",
        "Δεν χρειάζεται να έρθετε στο κατάστημα, το κάνουμε τηλεφωνικά.",
        "Χωρίς την απόδειξη δεν μπορώ να δω την ημερομηνία, μπορείτε να μου τη στείλετε;",
        "Μπορείτε να κάνετε την αλλαγή μόνο από την εφαρμογή, σας στέλνω το link.",
        "Θα κάνω μια εξαίρεση για εσάς αυτή τη φορά.", "Η διαδικασία είναι απλή, θα σας καθοδηγήσω.");
  }

  @Test
  public void anOpenerAPolicyDeniedAndBlameTakenAreNoRudenessOrRefusal() {
    el.doesNotFind(Act.DISCOURTESY, "Κοίτα να δεις, έχουμε μια πολύ καλή προσφορά για εσάς.",
        "Άκου να δεις, θα σου πω τι μπορούμε να κάνουμε.", "Μην ψάχνετε φταίχτες, το λάθος ήταν δικό μας.");
    el.finds(Act.DISCOURTESY, "Kanete tou kefaliou sas, meta min psaxnete ftaixtes",
        "Αν επιμένετε να κάνετε του κεφαλιού σας, μετά μην ψάχνετε φταίχτες.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Δεν είναι πολιτική μας να χρεώνουμε κρυφά.");
    el.finds(Act.POLICY_AS_WEAPON, "Είναι πολιτική της εταιρείας, δεν γίνεται.");
  }

  @Test
  public void rudenessAsToldNotToWriteAgainOrHungUpOnOrSentAway() {
    el.finds(Act.DISCOURTESY, "Μη μου ξαναγράψετε για την ίδια χρέωση.", "Παρακαλώ μην επανέρχεστε στο ίδιο θέμα.",
        "mhn mou ksanagrafete kathe mera", "Μην ξαναπάρετε μετά κλαίγοντας ότι δεν σας ενημερώσαμε.",
        "Η απάντηση δεν αλλάζει, όσες φορές κι αν μας πάρετε.", "Όποιον και να ρωτήσετε, θα ακούσετε τα ίδια.",
        "Φωνάζετε όσο θέλετε, δεν αλλάζει τίποτα.", "Εγώ κλείνω τώρα, τα λέμε όταν ηρεμήσετε.",
        "Είμαι σε διάλειμμα, περιμένετε.", "Σε μένα γιατί τα λέτε αυτά;", "Πάτε να τα πείτε στο υπουργείο.",
        "Δεν είναι λαϊκή εδώ, η τιμή είναι σταθερή.", "Δεν έχει νόημα να μας παίρνετε κάθε μέρα.");
    el.doesNotFind(Act.DISCOURTESY, "Μη μας ξαναγράψετε τα στοιχεία της κάρτας σας εδώ, για την ασφάλειά σας.",
        "Μου γράψατε «μη με ξαναπάρετε», οπότε θα σας ενημερώνω μόνο με email.",
        "Δεν έχω ιδέα γιατί συνέβη, αλλά θα το ελέγξω αμέσως.",
        "Δεν δουλεύω στο τμήμα χρεώσεων, αλλά θα σας συνδέσω με συνάδελφο.",
        "Ο courier άφησε το δέμα σε λάθος πόρτα, ζητώ συγγνώμη.", "Η πόρτα μας είναι πάντα ανοιχτή για εσάς.");
  }

  @Test
  public void rudenessAsLecturesBlameByWhatTheCustomerDidOrRhetoricalQuestions() {
    el.finds(Act.DISCOURTESY, "Δεν χρειάζεται να μου κάνετε μάθημα για το ίντερνετ.",
        "Θα σας το πω απλά να το καταλάβετε.", "Αυτό λέγεται κοινή λογική.",
        "Το ρούτερ δεν έπαθε μόνο του ζημιά, κάτι πειράξατε.", "Ο λογαριασμός δεν πληρώθηκε μόνος του, έτσι;",
        "Αν διαβάζατε τα μηνύματά σας, θα το ξέρατε.", "Και τώρα θέλετε να σας το λύσουμε σε πέντε λεπτά;",
        "Τι περιμένετε από μένα, να κάνω θαύματα;", "Ma poios sas eipe oti h syndesh einai dwrean?",
        "Ακόμα εδώ είστε;", "Πάλι λάθος κωδικό βάλατε;", "Για πολλοστή φορά, η παραγγελία έφυγε.",
        "Μην αρχίσετε πάλι την ίδια ιστορία.", "Με αυτή τη συμπεριφορά δεν θα σας εξυπηρετήσει κανείς.",
        "Τα νεύρα σας κρατήστε τα για αλλού.", "Δεν είστε VIP εδώ, περιμένετε τη σειρά σας.",
        "Δεν φταίμε εμείς αν δεν ξέρετε να συμπληρώνετε φόρμες.");
    el.doesNotFind(Act.DISCOURTESY, "Καταλαβαίνω τα νεύρα σας, έχετε απόλυτο δίκιο.",
        "Αν ξεχάσατε τον κωδικό, τον αλλάζετε από την εφαρμογή.",
        "Η βλάβη δεν θα φύγει μόνη της, θα σας στείλουμε τεχνικό αύριο.",
        "Σας ευχαριστώ, τώρα μου το λέτε πιο καθαρά και το βρήκα.", "Θα σας καλέσουμε και τρίτη φορά αν χρειαστεί.",
        "Καλό είναι να κάνετε επανεκκίνηση πού και πού.", "Η Black Friday προσφορά ισχύει μέχρι την Κυριακή.");
  }

  @Test
  public void refusalsByTheRuleQuotedTheSystemOrAPolicyNamedInEnglish() {
    el.finds(Act.POLICY_AS_WEAPON, "Δεν αλλάζουμε την ημερομηνία, ο κανονισμός λέει ότι μετά την έκδοση δεν γίνεται.",
        "Η διαδικασία ορίζει ότι η αίτηση γίνεται μόνο ηλεκτρονικά.", "Δεν επιστρέφεται, το γράφει πίσω στο κουπόνι.",
        "Το εισιτήριό σας δεν περιλαμβάνει αποσκευή, άρα πληρώνετε.",
        "Στο σύστημα δεν υπάρχει επιλογή για αναστολή, οπότε δεν γίνεται.",
        "Οι οδηγίες της διοίκησης δεν μας αφήνουν να το κάνουμε.", "To systhma den m to afhnei, sorry.",
        "Κανόνας είναι, δεν γίνεται αλλιώς.", "Θέμα πολιτικής, δεν το αλλάζω εγώ.", "Έτσι το έχει το σύστημα.",
        "Εγώ δεν φτιάχνω τους κανόνες.", "Δεν γίνεται refund, company policy.", "Πολιτική του καταστήματος. Τέλος.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Δεν ξέρω τι λέει ο κανονισμός για αυτό, θα ρωτήσω και θα σας πω.",
        "Το πακέτο σας δεν περιλαμβάνει χρέωση για roaming, οπότε μην ανησυχείτε.",
        "Το σύστημα δεν με αφήνει να το κάνω από εδώ, αλλά το προωθώ τώρα στο back office.",
        "Δεν υπάρχει πρόβλημα, η policy μας καλύπτει την αλλαγή.",
        "Η πολιτική του καταστήματος επιτρέπει επιστροφή σε 30 μέρες, σας τη στέλνω.");
  }

  @Test
  public void refusalsByACodeDirectiveOrderOrTermsWritten() {
    el.finds(Act.POLICY_AS_WEAPON, "Σύμφωνα με οδηγία της Κεντρικής, δεν δίνουμε μετρητά.",
        "Βάσει των όρων της ασφάλισης, ζημιές από κλοπή εξαιρούνται.",
        "Είναι γραπτή εντολή της διοίκησης, δεν γίνεται έκπτωση.", "Είναι γραμμένο στο συμβόλαιο, άρα όχι.",
        "Χωρίς πιστοποιητικό το αίτημα απορρίπτεται.", "Epeidh exete ofeilh, den dikaioiste epistrofh.",
        "Σύμφωνα με τον εσωτερικό κανονισμό, αποτελέσματα δεν δίνονται τηλεφωνικά· δεν μπορώ να σας τα διαβάσω.");
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Σύμφωνα με τον νόμο δικαιούστε αποζημίωση, και την έχουμε ήδη εγκρίνει.",
        "Για λόγους ασφαλείας δεν ζητάμε ποτέ PIN στο τηλέφωνο.",
        "Σας στείλαμε ένα SMS, διαβάστε το και πείτε μου τον κωδικό.");
  }

  @Test
  public void timesThatPromiseNothingTodayQuestionsRuleLimitsTheCustomersDeadlinesAndThePast() {
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Καλησπέρα, τι θα μπορούσα να κάνω για σας σήμερα;",
        "Θέλετε κάτι άλλο για σήμερα;",
        "Η εφαρμογή αργεί πολύ σήμερα, κάντε λίγη υπομονή.",
        "Ο τεχνικός της περιοχής σας λείπει σήμερα.",
        "Η κίνηση σήμερα ήταν τεράστια.",
        "Δυστυχώς δεν μπορούμε να σας στείλουμε το συμβόλαιο σήμερα.",
        "Ο λογαριασμός μπλοκάρει όταν το χρέος μείνει πάνω από 45 ημέρες.",
        "Τα μηνύματα παλαιότερα των 3 μηνών διαγράφονται αυτόματα.",
        "Η αλλαγή πακέτου είναι δωρεάν τις πρώτες 10 μέρες, οπότε την κάνω τώρα.",
        "Ο κωδικός αλλάζει υποχρεωτικά κάθε 60 μέρες.",
        "Περιμένατε να σας έρθει σε μία ώρα από την Αμερική;",
        "Και το θυμηθήκατε μετά από τρεις μήνες;",
        "Μου γράφετε ότι σας ταλαιπωρούμε δύο εβδομάδες, το έχω σημειώσει.",
        "Μπορείτε να ολοκληρώσετε την πληρωμή από την εφαρμογή μέχρι τις 17:00.",
        "Η προθεσμία για την ένσταση λήγει την Τρίτη.",
        "Η εφαρμογή δεν επιτρέπει ακύρωση μετά τις 10 το βράδυ.",
        "Το κατάστημα είναι ανοιχτό 9 με 9 τις καθημερινές και Κυριακή ως τις 3.",
        "nai, to exei to katastima",
        "Σε απάντηση της από 5 Μαΐου αίτησής σας, σας ενημερώνουμε ότι εγκρίθηκε.",
        "Ο τεχνικός έφυγε από το σπίτι σας στις 11:40.",
        "Το ρεύμα αποκαταστάθηκε στις 6 το πρωί.",
        "Οι αποζημιώσεις για καθυστερήσεις κάτω των 2 ωρών δεν προβλέπονται.");
    el.finds(Act.CONCRETE_TIMELINE, "Θα σας στείλω το συμβόλαιο σήμερα.",
        "Ο τεχνικός θα έρθει αύριο στις 10.",
        "Θα έχετε την πίστωση μέσα σε 3 εργάσιμες.",
        "Σας ξαναπαίρνω σε μία ώρα.",
        "Θα το λάβετε σε λιγότερο από 2 ώρες.",
        "Ο συνάδελφος θα σας καλέσει σήμερα το απόγευμα.");
  }

  @Test
  public void latinWordsKeyedLikeRegretAreNoApology() {
    el.doesNotFind(Act.APOLOGY, "loipon, as to doume apo thn arxh",
        "h texnikos leipei, ola ta alla einai etoima");
    el.finds(Act.APOLOGY, "lypamai poly gia thn talaipwria",
        "Λυπούμαστε για την αναστάτωση.");
  }

  @Test
  public void questionsForNewInformationJibesAndInvitationsAreNoRestatement() {
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Να επιβεβαιώσω, η παραλαβή θα γίνει από το κατάστημα ή με courier;",
        "Για να επιβεβαιώσω, ποιο τηλέφωνο έχετε δηλώσει;",
        "Ούτε ένα κουμπί δεν μπορείτε να πατήσετε σωστά;",
        "Λοιπόν; Ανάβει το λαμπάκι;",
        "Περάστε όποτε θέλετε από το κατάστημα.",
        "Τι με ρωτάς εμένα;",
        "Να ξεκαθαρίσω ότι η χρέωση αυτή είναι νόμιμη.",
        "Περιγράψτε μου με δυο λόγια τι έγινε.");
    el.finds(Act.CONFIRM_UNDERSTANDING, "Να επιβεβαιώσω, χρεωθήκατε δύο φορές;",
        "Δηλαδή η παραγγελία ήρθε χωρίς καλώδιο, σωστά;",
        "Οπότε θέλετε επιστροφή χρημάτων;",
        "Λοιπόν, θέλετε να κρατήσετε το ίδιο πακέτο, σωστά;");
  }

  @Test
  public void restatementsChoicesAndConvenientTimesAreNoSatisfactionCheck() {
    el.doesNotFind(Act.CHECK_SATISFACTION, "Μου λέτε ότι η συσκευή ήρθε σπασμένη, σωστά;",
        "Το wifi παίζει κανονικά στο σαλόνι, αν σας κατάλαβα καλά;",
        "Ποια από τις δύο ώρες σας εξυπηρετεί;",
        "Ελάτε όποτε σας εξυπηρετεί.");
    el.finds(Act.CHECK_SATISFACTION, "Σας εξυπηρετεί αυτή η λύση;",
        "Δουλεύει τώρα κανονικά;",
        "Ήρθε εντάξει το δέμα;");
  }

  @Test
  public void nothingMoreNeededFromTheCustomerIsNoAnythingElse() {
    el.doesNotFind(Act.ANYTHING_ELSE, "Δεν χρειάζεται να φέρετε τίποτα άλλο, μόνο την ταυτότητα.");
    el.finds(Act.ANYTHING_ELSE, "Υπάρχει κάτι άλλο που μπορώ να κάνω;");
  }

  @Test
  public void helpWishedThenRefusedIsNoOffer() {
    el.doesNotFind(Act.OFFER_HELP, "Θα ήθελα να σας βοηθήσω, αλλά το σύστημα είναι κλειστό.",
        "Σας ακούω, αλλά δεν αλλάζει κάτι.");
    el.finds(Act.OFFER_HELP, "Ορίστε, σας ακούω.",
        "Θα ήθελα πολύ να σας βοηθήσω με την αλλαγή πακέτου.");
  }

  @Test
  public void reasonsGivenToReassureOrBeforeHelpAreNoPolicyRefusal() {
    el.doesNotFind(Act.POLICY_AS_WEAPON, "Μην ανησυχείτε, η παραγγελία σταμάτησε για λόγους ασφαλείας, δεν χρεωθήκατε.",
        "Δεν είναι στο χέρι μου να ακυρώσω το πρόστιμο, μπορώ όμως να κάνω αίτηση διαγραφής για εσάς.");
    el.finds(Act.POLICY_AS_WEAPON, "Για λόγους ασφαλείας δεν μπορώ να σας δώσω τον κωδικό.",
        "Δεν είναι στο χέρι μου, έτσι είναι η πολιτική.");
  }

  @Test
  public void sharedLaughsQuotedWordsAndDeniedBlameAreNotRude() {
    el.doesNotFind(Act.DISCOURTESY, "χαχα κι εγώ το ίδιο έπαθα χθες",
        "Χαχα, τα ίδια ρωτάνε όλοι την πρώτη φορά!",
        "Μου γράψατε «δεν ξέρετε τι κάνετε», το κατέγραψα στο παράπονο.",
        "Εν φταίτε εσείς, εμείς το μπερδέψαμε.",
        "Δεν το χάσατε εσείς, ο courier το άφησε αλλού.",
        "Whatever suits you, εμείς είμαστε έτοιμοι.");
    el.finds(Act.DISCOURTESY, "Χαχα, σοβαρά τώρα;",
        "Φταίτε εσείς που δεν διαβάσατε τους όρους.",
        "Το χάσατε εσείς, όχι εμείς.",
        "Δεν ξέρετε τι κάνετε.");
  }

  @Test
  public void blameTurnedOnTheCustomerIsNoAdmission() {
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Εν φταίω εγώ αν δεν ακούτε.",
        "Τώρα φταίμε κι εμείς που ξεχάσατε τον κωδικό;");
    el.finds(Act.ACCEPT_RESPONSIBILITY, "Φταίμε εμείς, συγγνώμη.",
        "Εμείς φταίξαμε.");
  }

  @Test
  public void timedCallsSurveysAndCorrectionsMadeNowAreNoVaguePromise() {
    el.doesNotFind(Act.VAGUE_PROMISE, "Ο συνάδελφος θα σας καλέσει μέσα στην επόμενη ώρα.",
        "Σύντομα θα λάβετε ένα ερωτηματολόγιο ικανοποίησης.",
        "Αφήστε με να μιλήσω, κάποια στιγμή θα τελειώσω.",
        "Η χρέωση είναι λάθος, την ακυρώνουμε άμεσα.",
        "Στείλτε μου φωτογραφία και το ψάχνουμε μαζί.");
    el.finds(Act.VAGUE_PROMISE, "Θα σας καλέσουμε σύντομα.",
        "Θα το κοιτάξουμε και θα σας ενημερώσουμε.",
        "Θα το διορθώσουμε άμεσα.",
        "Θα σας απαντήσουμε σε λίγο.");
  }

  @Test
  public void rudenessAsBotherTheLastTimeEveryonesHurryOrShouting() {
    el.finds(Act.DISCOURTESY, "Αν είχατε μπει στον κόπο να διαβάσετε το email, θα το ξέρατε.",
        "Θα σας το εξηγήσω για τελευταία φορά.", "Τι περίμενες να σου δώσουν με 5 ευρώ;",
        "Όλοι βιάζεστε, περιμένετε κι εσείς.", "Ναι ναι, το ξέρω, το είπατε ήδη.",
        "Δεν θα σας εξυπηρετήσω πρώτο επειδή φωνάζετε.", "Μη μου κάνετε κήρυγμα για το πώς να κάνω τη δουλειά μου.",
        "Εσείς θα με μάθετε πώς δουλεύει το σύστημα;");
    el.doesNotFind(Act.DISCOURTESY, "Σας ευχαριστούμε που μπήκατε στον κόπο να μας γράψετε.",
        "Μη βιάζεστε, έχουμε όλο τον χρόνο.", "Η παράδοση δεν έγινε την ημέρα που περιμένατε, συγγνώμη.",
        "Θα σας εξηγήσω τα βήματα ένα ένα.");
  }

  @Test
  public void questionsAboutAFaultReassuranceAndNotOnlyButAlsoAreNoRudenessEvenByExample() {
    el.doesNotFind(Act.DISCOURTESY, "Γιατί δεν φορτώνει η σελίδα πληρωμής; Θα το κοιτάξω αμέσως.",
        "Ξέρετε πώς να βρείτε την ένδειξη στον μετρητή;", "Δεν είστε υποχρεωμένη να κρατήσετε το προϊόν.",
        "Δεν θα χρεωθείτε για την επίσκεψη του τεχνικού.", "Δεν έχει σημασία, θα σας στείλουμε νέα κάρτα.",
        "Ο τεχνικός δεν θα συνδέσει τον μετρητή πριν ελέγξει τη γείωση.",
        "Δεν σας προσφέρουμε μόνο επιστροφή χρημάτων, αλλά και δωρεάν αντικατάσταση.");
    el.finds(Act.DISCOURTESY, "Γιατί δεν διαβάζετε τι σας γράφω;", "Δεν έχει σημασία τι λέτε.", "Ξέρετε να γράφετε;");
  }

  @Test
  // sarcastic praise, blame as a counterfactual, "not our job / not a school", mocked know-how, sarcastic questions,
  // the customer as the fault, shrugs, no time for the customer, giving up, playing the expert, go elsewhere
  public void rudenessSaidInGeneralShapesSarcasmBlameAfterTheFactDismissalsAndOrders() {
    el.finds(Act.DISCOURTESY,
        "Μπράβο, καταφέρατε να μπλοκάρετε τον λογαριασμό με τρεις λάθος κωδικούς.",
        "bravo sou, kataferes na kapseis to trofodotiko me allo fortisth",
        "Το αναβαθμίσατε χωρίς να ρωτήσετε κανέναν, μπράβο σας.",
        "Μπράβο, και τώρα θέλετε και δωρεάν αντικατάσταση;",
        "Αν είχατε πληρώσει τον λογαριασμό στην ώρα του, τώρα δεν θα είχατε διακοπή.",
        "an eixes diavasei to sms pou sou steilame, den 8a xreiazosoun na mas pareis",
        "Αν ελέγχατε πού και πού τα εισερχόμενά σας, δεν θα χάνατε τις ειδοποιήσεις.",
        "Θα το ξέρατε αν είχατε ανοίξει έστω μία φορά το εγχειρίδιο.",
        "Ρωτήστε τον ηλεκτρολόγο σας αντί να ταλαιπωρείτε εμάς.",
        "Δεν χρειαζόταν να μας γράψετε γι' αυτό, το λέει η σελίδα.",
        "den xreiazotan na mas parete thlefwno gia kati tetoio",
        "Μη μας τηλεφωνείτε κάθε μισή ώρα, δεν θα έρθει πιο γρήγορα.",
        "mhn mou grafeis synexeia, to eida to mhnyma",
        "Δεν έχει νόημα να ρωτάτε το ίδιο πράγμα κάθε μέρα.",
        "Αυτό είναι θέμα της τράπεζάς σας, όχι δικό μας.",
        "auto einai douleia tou kouriers, oxi dikh mas douleia",
        "Δεν είμαστε φροντιστήριο για να σας μάθουμε να στέλνετε email.",
        "Εδώ είναι τράπεζα, όχι σχολή υπολογιστών.",
        "Φωνάξτε τον εγγονό σας να σας το ρυθμίσει.",
        "Αυτό το κάνουν πλέον και οι γιαγιάδες από το κινητό τους.",
        "Ξέρετε τι είναι router; Αυτό το μαύρο κουτί.",
        "Να σας φέρουμε και τον πιλότο για πάρτη σας;",
        "kai pou to diavases auto? sto oneiro sou?",
        "Ενδιαφέρουσα ιστορία, αλλά το δέμα παραδόθηκε.",
        "Δεν είναι βλάβη του μετρητή, είστε εσείς που τον διαβάζετε ανάποδα.",
        "Το κινητό δεν είναι ελαττωματικό, απλά το φορτίσατε με λάθος φορτιστή.",
        "Αυτό λέγεται απροσεξία, όχι βλάβη.",
        "Δεν μπορείτε να απαιτείτε πρωινό με εισιτήριο των 19 ευρώ.",
        "Άμα θέλατε καλύτερη θέση, να αγοράζατε ακριβότερο εισιτήριο.",
        "Πάρτε το ή αφήστε το, η τιμή δεν αλλάζει.",
        "Δεν χάθηκε και ο κόσμος αν περιμένετε μια μέρα.",
        "Χωρίς τηλεόραση δυο μέρες θα επιζήσετε.",
        "Μεγάλο το κακό, ένα λεπτό άργησε.",
        "Δεν ασχολούμαι άλλο με αυτό.",
        "Ούτε χρόνο έχω ούτε κέφι για τα ίδια.",
        "Θα σας απαντήσει όταν έχει διάθεση.",
        "Έχουμε άλλους πενήντα στην αναμονή, πείτε το γρήγορα.",
        "Δεν θα κάθομαι μισάωρο με τον καθένα.",
        "Σας γυρίζω στον συνάδελφο, να ησυχάσω λίγο.",
        "Δεν είστε ο μόνος πελάτης μας, κάντε υπομονή.",
        "Βλέπω ότι δεν συνεννοούμαστε, καλή σας μέρα.",
        "Αν συνεχίσετε να φωνάζετε, θα κλείσω τη γραμμή.",
        "Θα το εξηγήσω ξανά, μπας και καταλάβετε.",
        "Πιο απλά δεν γίνεται να σας το πω.",
        "Σας το γράφω με κεφαλαία: ΟΧΙ.",
        "Πώς να σας κάνω να καταλάβετε ότι δεν γίνεται;",
        "Μη μου κάνεις τον έξυπνο, ξέρω τι γράφει η σύμβαση.",
        "Νομίζω ότι ψάχνετε δικαιολογία για να μην επιστρέψετε τη συσκευή.",
        "Δυσκολεύομαι να πιστέψω ότι χάθηκε μόνο του.",
        "Δηλαδή φταίει και η εταιρεία που ξεχάσατε τον κωδικό;",
        "Αν δεν σας αρέσουν οι όροι, γίνετε βουλευτής και αλλάξτε τους.",
        "Ελάτε να το πάρετε μόνος σας από το κατάστημα, κάντε το μόνος σας.",
        "Απλή αριθμητική είναι, δεν χρειάζεται πολλή σκέψη.",
        "Ό,τι είχα να σας πω, το είπα.",
        "Κάτι άλλο ή να τελειώνουμε;",
        "Βρείτε πρώτα την απόδειξη και μετά τα λέμε.",
        "Την άλλη φορά να διαβάζετε τι υπογράφετε.",
        "Πηγαίνετε σε άλλη τράπεζα αν δεν σας κάνουμε.",
        "Κανείς δεν σας κρατάει με το ζόρι.",
        "Σας το έλεγα ότι δεν είχατε πατήσει αποθήκευση.",
        "Just saying, το έγραφε η σελίδα.");
    el.doesNotFind(Act.DISCOURTESY,
        "Μπράβο σας, τα καταφέρατε να συνδεθείτε!",
        "Αν είχατε λάβει το SMS, δεν θα χρειαζόταν να μας καλέσετε· το κοιτάζω τώρα.",
        "Δεν χρειάζεται να μας πάρετε ξανά, θα σας ενημερώσουμε εμείς.",
        "Το θέμα είναι του παρόχου ρεύματος, όχι δικό μας, αλλά σας δίνω το τηλέφωνό τους.",
        "Θα σας το επαναλάβω πιο αργά για να το σημειώσετε.",
        "Έχουμε πολλές κλήσεις σε αναμονή σήμερα, συγγνώμη για την καθυστέρηση.",
        "Δεν θέλει πολλή σκέψη, θα σας δείξω βήμα βήμα.",
        "Θα σας το εξηγήσω με πιο απλά λόγια.",
        "Αν συνεχίσετε να έχετε πρόβλημα, γράψτε μας.",
        "Ξέρετε τι είναι το μήνυμα που βγάζει η οθόνη;",
        "Πηγαίνετε στο κατάστημα να σας δώσουν καινούργιο, το έχω ήδη εγκρίνει.",
        "Κανείς δεν σας υποχρεώνει να πάρετε την ασφάλεια.",
        "Δεν θα χρεωθείτε τίποτα, μην ανησυχείτε.");
  }

  @Test
  // a limit used up, no exception for anyone, "not my decision", a rule then "so I can't", "you signed it",
  // orders from above, the system gives no option, rules are rules, past the deadline, forbidden by the rules
  public void rulesUsedAsAShieldLimitsReachedNoExceptionsRulesAreRulesAndDeadlinesPast() {
    el.finds(Act.POLICY_AS_WEAPON,
        "Τρεις αλλαγές τον χρόνο το ανώτατο όριο, τις έχετε κάνει ήδη.",
        "Δεν κάνουμε εξαίρεση για κανέναν, η προθεσμία ήταν ως χθες.",
        "Δεν το αποφασίζω εγώ, έτσι ορίζει η εγκύκλιος.",
        "den ta orizoume emeis ayta, o nomos ta leei",
        "Σύμφωνα με τους όρους της κάρτας η αύξηση γίνεται μετά από έναν χρόνο, άρα δεν μπορώ να την εγκρίνω.",
        "Έτσι το υπογράψατε, δεσμεύεστε για 24 μήνες.",
        "Δεν μπορώ να το ακυρώσω, υπάρχει οδηγία από τη διοίκηση.",
        "Το σύστημα δεν μου επιτρέπει να δώσω δεύτερη έκπτωση.",
        "Οι κανόνες είναι κανόνες, κύριε.",
        "Είστε εκτός προθεσμίας, δεν γίνεται πια η ένσταση.",
        "Η προθεσμία έληξε την Παρασκευή, δεν μπορούμε να την ανοίξουμε.",
        "Το απαγορεύει ρητά ο κανονισμός της πτήσης.",
        "Δεν το επιτρέπουν οι όροι της προσφοράς.",
        "Η πολιτική λέει 14 ημέρες και εσείς ζητάτε επιστροφή μετά από 20.",
        "Σύμφωνα με το άρθρο 12, οι ζημιές από πλημμύρα εξαιρούνται.");
    el.doesNotFind(Act.POLICY_AS_WEAPON,
        "Σύμφωνα με τον κανονισμό δικαιούστε αποζημίωση 250 ευρώ, οπότε δεν χρειάζεται να κάνετε τίποτα.",
        "Το σύστημα δεν μου δίνει την επιλογή από εδώ, αλλά σας συνδέω με το λογιστήριο.",
        "Δεν υπάρχει καμία χρέωση για κανέναν πελάτη στην πρώτη επίσκεψη.",
        "Δεν έχει λήξει η προθεσμία, έχετε ακόμα πέντε μέρες.",
        "Δεν το αποφασίζω εγώ, αλλά θα το προωθήσω σήμερα στον υπεύθυνο με σύσταση να εγκριθεί.");
  }

  @Test
  // on now or still the same, got in after all, with the new code, tell me if it came
  public void fixChecksAsNowOrStillAfterAllAndTellMeIfItCame() {
    el.finds(Act.CHECK_SATISFACTION,
        "Παίζει τώρα το Netflix ή ακόμα κολλάει;",
        "Ανάβει τώρα το πράσινο λαμπάκι ή πάλι κόκκινο;",
        "Συνδεθήκατε τελικά στην εφαρμογή;",
        "Λειτούργησε τελικά η νέα κάρτα;",
        "Μπήκες με τον καινούργιο κωδικό;",
        "Πείτε μου αν σας ήρθε το SMS για να κλείσουμε το αίτημα.",
        "grapse mou an ftiaxe twra to wifi");
    el.doesNotFind(Act.CHECK_SATISFACTION,
        "Πού το είδατε αυτό το μήνυμα;",
        "Πότε ήρθε το SMS, τελικά;",
        "Τι σας βγάζει τώρα η οθόνη;");
  }

  @Test
  // rudeness without insulting words: sarcastic thanks, "not a place to vent", "not your secretary", already said
  // above, "don't insist", no discussion, rhetorical questions, sarcasm, blame, condescension, the customer's tone,
  // calls that hurry nothing, orders ("this time"), and their polite look-alikes
  public void rudenessInColdWordingIronyBlameOrdersAndRhetoricalQuestions() {
    el.finds(Act.DISCOURTESY,
        "Ευχαριστούμε πολύ για την επιμονή σας, το τρίτο σας email ελήφθη.",
        "Σας ευχαριστώ για τα μαθήματα, αλλά ξέρω τη δουλειά μου.",
        "efxaristoume gia tis ypodeikseis sas",
        "Το chat δεν είναι ψυχοθεραπεία, πείτε μου το πρόβλημα.",
        "Η εξυπηρέτηση δεν αποτελεί χώρο για ξέσπασμα.",
        "To thlefwno den einai gia ektonwsh.",
        "Δεν είμαι η γραμματέας σας να σας θυμίζω τα ραντεβού.",
        "Κατάστημα είμαστε, όχι φιλόπτωχο.",
        "den eimaste manteis na kseroume ti exete sto myalo",
        "Δεν διαβάζουμε μυαλά, στείλτε τον αριθμό.",
        "Τι περιμένετε, να το μαντέψουμε;",
        "Με όλο το σεβασμό, το έγραφε καθαρά η σελίδα.",
        "Το σφάλμα είναι μεταξύ καρέκλας και πληκτρολογίου.",
        "Τα γράψαμε ήδη στο προηγούμενο μήνυμα.",
        "to exw grapsei pio panw",
        "Ανεβείτε λίγο πιο πάνω στη συνομιλία.",
        "Το εξήγησα ήδη τρεις φορές.",
        "Σας το λέω και πέμπτη φορά: όχι.",
        "Μην επιμένεις, δεν γίνεται.",
        "mhn ksanarwthsete to idio",
        "Μη μου στείλετε πάλι δέκα μηνύματα.",
        "Μέχρι τότε μην μας ενοχλείτε.",
        "Πότε θα σταματήσετε να μας γράφετε;",
        "Μην το συνηθίζετε όμως.",
        "Δεν θα μπούμε σε συζήτηση για αυτό.",
        "Δεν συζητάμε με τον καθένα που τηλεφωνεί.",
        "Δεν θα σχολιάσουμε κάτι άλλο.",
        "Άκρη μαζί σας δεν βγαίνει.",
        "Πρόβλημά σου.",
        "Ό,τι είπαμε.",
        "Και τι ακριβώς περιμένετε να κάνω;",
        "Ποιον να πιστέψουμε τώρα;",
        "Με κοροϊδεύετε;",
        "Το λες σοβαρά;",
        "Σας μοιάζω για μάγο;",
        "Τον κωδικό τον έχετε ή όχι;",
        "Ε και τι πειράζει αν περιμένετε;",
        "Εγώ τι να σας πω;",
        "Έχετε και άλλα παράπονα;",
        "Μπορώ να περάσω στον επόμενο πελάτη;",
        "Ναι, έχετε δίκιο για όλα.",
        "Κάνετε λάθος, πάλι.",
        "Λάθος τον πληκτρολογείς πάλι.",
        "Τι αξιοσημείωτη συγκυρία.",
        "Ωραία προσπάθεια πάντως.",
        "Ευχής έργο θα ήταν να διαβάζατε.",
        "Κάποια βιάστηκε λίγο.",
        "Α, μόλις θυμήθηκες να μας γράψεις;",
        "Κάτι τέτοιο ήταν αναμενόμενο.",
        "Τα στοιχεία μας δείχνουν άλλα.",
        "Φταίνε όλοι εκτός από εσάς.",
        "Πάντα φταίει κάποιος άλλος, εσείς ποτέ.",
        "Εσύ επέλεξες αλλιώς.",
        "Εσύ ήσουν στην παραλία.",
        "Οι δικές σας αποφάσεις δεν είναι ευθύνη μας.",
        "Θα σας βόλευε να το λέμε εμείς.",
        "Αν είχε συμπληρωθεί σωστά από εσάς, θα είχε φτάσει.",
        "Δεν διάβασες ποτέ το συμβόλαιο, έτσι;",
        "Μάλλον δυσκολεύεσαι με τα κουμπιά.",
        "Δεν κάνατε τον κόπο να ελέγξετε.",
        "Δώσατε τον κωδικό στην πρώτη τυχούσα σελίδα.",
        "Η οθόνη δεν έσπασε μόνη της.",
        "Ακόμα και αν σε πίστευα, δεν αλλάζει τίποτα.",
        "Διαβάστε τους όρους πριν μας κατηγορήσετε.",
        "Αυτό είναι κάτι που ξέρετε πολύ καλά.",
        "Αυτό το καταλαβαίνει κι ένα παιδί.",
        "Σε όλους δουλεύει, μόνο σε εσένα όχι.",
        "Εσείς κάθε εβδομάδα κάτι έχετε.",
        "Ίσως στη γενιά σου να ήταν αλλιώς.",
        "Στο χωριό σου έτσι κάνετε;",
        "Χρυσή μου, περίμενε.",
        "Για μας είσαι ένα νούμερο.",
        "Εντάξει Karen.",
        "Αν νομίζεις ότι ξέρεις καλύτερα, κάν' το μόνος σου.",
        "Ξέρουμε τους κανόνες καλύτερα από εσάς.",
        "Είμαι βέβαιη ότι καταλαβαίνετε τι σημαίνει λήξη.",
        "Δεν είστε και ο πρώτος που το ζητάει.",
        "Δεν είσαι η πρώτη που δεν διαβάζει τα ψιλά γράμματα.",
        "Δεν είστε το μόνο αίτημα που έχουμε.",
        "Δεν είμαστε μόνο για εσάς εδώ.",
        "Πυρηνική φυσική δεν είναι, πατήστε το κουμπί.",
        "Γράφετε ιερογλυφικά.",
        "Δεν θέλω να μου πεις τη βιογραφία σου.",
        "Μου γράψατε ολόκληρη έκθεση ιδεών.",
        "Όλοι θέλετε τζάμπα πράγματα.",
        "Ο τόνος σας δεν αρμόζει σε συζήτηση με υπάλληλο.",
        "Με τέτοιον τόνο δεν συνεχίζουμε.",
        "Χαμηλώστε τον τόνο και τα λέμε.",
        "Θα αναφέρω στον προϊστάμενο τη συμπεριφορά σας.",
        "Θα απαντήσουμε όταν και εφόσον.",
        "Και η υπομονή μου έχει όρια.",
        "Ο συνάδελφος έχει λιγότερη υπομονή από μένα.",
        "Ο χρόνος μας είναι εξίσου πολύτιμος.",
        "Δεν πληρώνομαι για να ακούω γκρίνιες.",
        "Κάθε μέρα τα ίδια ακούω.",
        "Σοβαρευτείτε λίγο.",
        "Κάτσε να περιμένεις τη σειρά σου.",
        "Καθίστε.",
        "Καταλαβαίνεις.",
        "Τόσο απλά.",
        "Λέγε.",
        "Ο κύριος με τις δέκα κλήσεις, πάλι.",
        "Τα συνεχόμενα μηνύματά σας δεν επιταχύνουν την επιστροφή.",
        "Όσο συχνά κι αν γράφετε, η σειρά δεν αλλάζει.",
        "Τα νέα αιτήματα θα αρχειοθετούνται άνευ απάντησης.",
        "Άλλη μία φορά και κλείνω τη συνομιλία.",
        "Αν προλάβετε, καλά. Αν όχι, καλή τύχη.",
        "Θα το δούμε όταν βρούμε χρόνο.",
        "Οι φωνές δεν βοηθάνε κανέναν.",
        "Βάλε τα με τον θεό.",
        "Γράψτε στον πρωθυπουργό.",
        "Σημειώστε τον κωδικό αυτή τη φορά.",
        "Μήπως με εκείνον συνεννοηθείτε καλύτερα.",
        "Το εγχειρίδιο το διαβάσατε ή απλώς πήρατε τηλέφωνο;",
        "Μήπως το κάνετε χόμπι;",
        "Δεν βλέπω τι παράπονο έχετε.",
        "Μη με ρωτήσετε εμένα.",
        "Τα ξέρω αυτά.",
        "Έτσι λένε όλοι, το έχουμε ακούσει.");
    el.doesNotFind(Act.DISCOURTESY,
        "Σας ευχαριστούμε για την υπομονή σας.",
        "Με όλο τον σεβασμό, δεν μπορώ να το εγκρίνω, αλλά θα σας βοηθήσω με άλλο τρόπο.",
        "Καλή προσπάθεια! Σχεδόν τα καταφέρατε.",
        "Αν σας ήρθε τέτοιο SMS, είναι απάτη, μην το ανοίξετε.",
        "Μήπως θέλετε να σας καλέσω εγώ αύριο;",
        "Μπορούμε να περάσουμε στο επόμενο βήμα;",
        "Συμπληρώθηκε σωστά από εσάς, ευχαριστούμε.",
        "Μη μας στείλετε ξανά τα στοιχεία της κάρτας σας εδώ.",
        "Το έχουμε ακούσει και από άλλους πελάτες και το διορθώνουμε.",
        "Μπορείτε να μου πείτε τι έγινε;",
        "Θα στείλουμε τον κωδικό μόνο σε εσάς.",
        "Μην ανησυχείτε, δεν είστε ο μόνος, το διορθώνουμε.",
        "Ο χρόνος σας είναι πολύτιμος, γι' αυτό σας καλούμε εμείς.",
        "Καθίστε, παρακαλώ, έρχεται ο συνάδελφος.",
        "Ευχαριστούμε για τις προτάσεις σας, τις προωθήσαμε.",
        "Όπως έγραψα παραπάνω, η επιστροφή έγινε χθες.",
        "Δεν ξέρω τι έγινε με την παράδοση, θα το ελέγξω αμέσως.",
        "Η κυρία με την οποία μιλήσατε θα σας καλέσει.",
        "Μπορείτε να αλλάξετε τις δικές σας επιλογές στο προφίλ.",
        "Η διακοπή αφορά όλους στην περιοχή, όχι μόνο εσάς· τη διορθώνουμε.",
        "Δεν είναι η γραμματεία αρμόδια, σας συνδέω με το λογιστήριο.",
        "Φταίει συνέχεια το ρούτερ, θα σας στείλουμε καινούργιο.");
  }

  @Test
  public void everydayCourteousTalkIsNotReadAsRudenessTimelinesOrChecks() {
    el.doesNotFind(Act.DISCOURTESY,
        "Ευχαριστώ πολύ για την υπομονή σας, επιτέλους το εντόπισα!",
        "χαχα και η δική μου γάτα τα ίδια κάνει, μην ανησυχείτε",
        "Έχω άλλους 3 πελάτες στη γραμμή, συγγνώμη, έρχομαι σε ένα λεπτό.",
        "Εγώ δεν ξέρω τίποτα γι' αυτό, αλλά θα ρωτήσω αμέσως τον συνάδελφο.");
    el.doesNotFind(Act.CONCRETE_TIMELINE,
        "Είμαστε ανοιχτά καθημερινές 9–17 και το Σάββατο 10:00–14:00.",
        "Το ωράριο είναι καθημερινές 8–16 και την Πέμπτη απόγευμα μέχρι τις 20:00.",
        "Η πτήση της Τρίτης έχει ακόμα θέσεις.",
        "Θα είμαι εδώ μέχρι τις 5, γράψτε μου ό,τι χρειαστείτε.",
        "Η βάρδια μου τελειώνει στις 4, μετά θα σας εξυπηρετήσει η συνάδελφος.",
        "Από την εφαρμογή γίνεται σε πέντε λεπτά.",
        "Ρωτήστε ξανά αύριο στο κατάστημα.",
        "Είχε πολύ κόσμο το κατάστημα σήμερα.");
    el.doesNotFind(Act.CHECK_SATISFACTION,
        "Άρα το δέμα πάει στο γραφείο σας, Πατησίων 40. Σωστά;",
        "Τέλεια, έγινε.",
        "ΟΚ, έγινε, σας ευχαριστώ.",
        "Δηλαδή με τα δεδομένα δεν μπαίνει, ενώ με wifi όλα καλά;",
        "Με άλλη πελάτισσα ασχολούμαι, περιμένετε.",
        "Πείτε μου, how may I help;");
    el.doesNotFind(Act.VAGUE_PROMISE,
        "Ο διανομέας είναι ήδη κοντά σας, θα σας τηλεφωνήσει μόλις φτάσει στην πόρτα.");
    el.doesNotFind(Act.ESCALATION, "Εντάξει, καταχώρισα το νέο τηλέφωνο.",
        "Πέρασα τη σωστή διεύθυνση στην παραγγελία.");
    el.doesNotFind(Act.ASK_PREFERENCE, "Για ποιο μοντέλο θα θέλατε να κλείσουμε ραντεβού;");
    el.doesNotFind(Act.OFFER_HELP, "Να σας κρατήσω λίγο στη γραμμή;");
  }

  @Test
  public void curtBusyAgentsAndCasualTimesAreStillFound() {
    el.finds(Act.DISCOURTESY,
        "Με άλλη πελάτισσα ασχολούμαι, περιμένετε.",
        "Περίμενε, έχουμε κι άλλους.",
        "Έχω άλλες 10 κλήσεις, δεν προλαβαίνω.",
        "εγώ δεν ξέρω τίποτα, ρωτήστε στο ταμείο",
        "Σου το έγραψα δύο φορές, διάβασε.",
        "Δεν θα σας το ξαναπώ.",
        "Βρείτε μόνη σας τον αριθμό τους.",
        "Λίγη υπομονή πια!");
    el.finds(Act.VAGUE_PROMISE, "Θα το δω όταν βρω λίγο χρόνο.");
    el.finds(Act.APOLOGY, "me synxwreite pou argisa", "Συγχωρέστε με που άργησα να απαντήσω.");
    el.finds(Act.CONCRETE_TIMELINE, "Θα είναι εκεί σε κανά εικοσάλεπτο.", "ftanei se kana 20lepto",
        "Ο τεχνικός θα έρθει την Πέμπτη απόγευμα μέχρι τις 6.");
    el.finds(Act.CHECK_SATISFACTION, "Δουλεύει σωστά και από τη δική σας πλευρά;", "Έγινε;");
    el.finds(Act.OFFER_HELP, "Η πτήση της Τρίτης έχει ακόμα θέσεις, να σας κρατήσω μία;");
    el.finds(Act.POLICY_AS_WEAPON, "Όπως αναφέρουν οι όροι, δεν κάνουμε επιστροφές σε προσφορές.");
    el.finds(Act.ESCALATION, "Σας περνάω στον προϊστάμενο.");
    el.finds(Act.ASK_PREFERENCE, "Ποια λύση θα προτιμούσατε, επιστροφή ή αντικατάσταση;");
  }

  @Test
  public void aPlainReferralIsNoRudenessButACurtClauseBesideItIs() {
    el.doesNotFind(Act.DISCOURTESY, "Αυτά τα κάνει άλλη υπηρεσία.", "Afta ta kanei alli ypiresia.",
        "Την αίτηση τη χειρίζεται άλλο τμήμα, σας δίνω το τηλέφωνό τους.");
    el.finds(Act.DISCOURTESY, "Το χειρίζεται άλλο τμήμα, πηγαίνετε εκεί και μη με ενοχλείτε.",
        "Αυτό το βλέπει άλλη υπηρεσία, εγώ δεν ξέρω τίποτα.");
  }

  @Test
  public void rudenessOfManyKindsIsFoundAndItsPoliteLookAlikesAreNot() {
    el.finds(Act.DISCOURTESY,
        "Το SMS με τον κωδικό το διαβάσατε ποτέ;",
        "to email den to diavases kan",
        "Πίσω σας περιμένουν άλλοι δέκα, πείτε μου τι θέλετε.",
        "Δεν χάλασε κι ο κόσμος, θα έρθει αύριο.",
        "Ακόμα κι ο ανιψιός μου θα το έκανε σε ένα λεπτό.",
        "Μην ξαναπάρετε για το ίδιο θέμα.",
        "Κλάψτε στον διευθυντή σας αν θέλετε.",
        "ta paraponia sas na ta klaite allou",
        "Μην το μεγαλοποιείς, ένα γρατζουνάκι είναι.",
        "Ξέρεις γράμματα ή να σου το διαβάσω;",
        "Άλλη μια τέτοια βρισιά και κλείνω.",
        "an 3anagrapseis tetoio pragma se kanw ban",
        "Αν δεν ηρεμήσετε, θα καλέσω την αστυνομία.",
        "Τραβήξτε ξανά τη φωτογραφία, καθαρά αυτή τη φορά.",
        "Επιτέλους καταλάβατε τι σας λέω.",
        "Ενήλικη γυναίκα είστε, δεν μπορείτε να συμπληρώσετε μια φόρμα;",
        "Ελπίζω την άλλη φορά να διαβάσετε τους όρους πριν πατήσετε αγορά.",
        "Ναι, φταίει το σύστημα όπως πάντα.",
        "Οι ταμίες δεν είναι υπάλληλοί σου.",
        "Εδώ είναι τράπεζα, όχι καφενείο.",
        "Περιμένετε στη σειρά σας όπως όλοι.",
        "Καταλάβαμε, είστε μηχανικός.",
        "Μην κάνεις τον κουφό, σε άκουσα.",
        "ksereis para poly kala oti to eixes plhrwsei",
        "ti xazeueis? grapse to noumero",
        "Ξυπνήστε λίγο, η προσφορά έληξε.",
        "syggnwmh pou sas apasxolw me th douleia mou",
        "Τι με νοιάζει εμένα αν το πληρώσατε μετρητά;",
        "Oi synepeies einai dikes sou.",
        "Πες μου κάτι που να βγάζει νόημα.",
        "Θα ακυρωθεί αύριο, big deal.",
        "Το κινητό δεν κλείδωσε μόνο του.",
        "Μπράβο, επιτέλους βρήκατε τη σωστή επιλογή στο μενού.",
        "Βάλτε το δαχτυλάκι σας στον αισθητήρα.",
        "Δεν έχουμε τηλεπάθεια, πείτε μου τον αριθμό.");
    el.doesNotFind(Act.DISCOURTESY,
        "Το SMS με τον κωδικό το λάβατε;",
        "Μήπως δεν το ανοίξατε ακόμα; Σας το ξαναστέλνω.",
        "Με δυο λόγια: θα σας στείλουμε καινούριο.",
        "Δεν χάλασε τίποτα, απλώς χρειάζεται επανεκκίνηση.",
        "Μην ξαναπάρετε, θα σας καλέσουμε εμείς μόλις έχουμε νέα.",
        "Μην κλαίτε, θα το λύσουμε μαζί.",
        "Καταλαβαίνω ότι δεν το μεγαλοποιείτε, έχετε δίκιο.",
        "Σας μπλοκάρω την κάρτα αμέσως για να μη χρεωθείτε άλλο.",
        "Θα καλέσουμε την ασφάλεια του κτιρίου να σας ανοίξει την πόρτα του πάρκινγκ.",
        "Επιτέλους βρήκαμε το δέμα σας!",
        "Ελπίζουμε την επόμενη φορά να σας εξυπηρετήσουμε καλύτερα.",
        "Φταίμε εμείς και σας ζητάμε συγγνώμη.",
        "Εδώ είναι το ταμείο, όχι η θυρίδα δεμάτων· η θυρίδα είναι δίπλα.",
        "Πάρτε νούμερο από το μηχάνημα και θα σας φωνάξουμε.",
        "Όπως όλοι οι πελάτες μας, δικαιούστε δωρεάν αντικατάσταση.",
        "Κατάλαβα, είστε μηχανικός, οπότε θα σας δώσω τα τεχνικά στοιχεία.",
        "Ξυπνήστε τη συσκευή από την αναμονή και πατήστε το κουμπί.",
        "Συγγνώμη που σας ενοχλώ τέτοια ώρα.",
        "Τι σας ενδιαφέρει περισσότερο, η τιμή ή η ταχύτητα;",
        "Η επισκευή δεν είναι δουλειά της υπηρεσίας μας, αλλά του κατασκευαστή, και σας δίνω το τηλέφωνό τους.",
        "Οι συνέπειες δεν είναι δικές σας, εμείς κάναμε το λάθος.",
        "Ποιο είναι το επόμενο βήμα;",
        "Στείλτε μου τον αριθμό παραγγελίας, όχι τον κωδικό σας.",
        "Δεν σβήνει μόνο του, πρέπει να πατήσετε το κουμπί.",
        "Σας στέλνω το link ξανά, αυτή τη φορά σωστά, συγγνώμη για το λάθος.",
        "Αν η σελίδα κολλήσει, κάντε ανανέωση.",
        "Πότε θα είστε σπίτι την Πέμπτη; Πρωί ή απόγευμα;",
        "Το αρχείο σας έφτασε σπασμένο, ορίστε πάλι.");
    el.doesNotFind(Act.ANYTHING_ELSE, "Δεν έχω να σας πω τίποτα άλλο για αυτό.");
    el.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Ναι, φταίω εγώ, όπως πάντα.");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Με δυο λόγια, πείτε μου το πρόβλημα.");
  }

  @Test
  public void mentionsOfTimeAreNoTimelinesButTimesPutFirstAre() {
    el.doesNotFind(Act.CONCRETE_TIMELINE,
        "Η παραγγελία δύο εβδομάδες άργησε, το ξέρω.",
        "Μόνο 20 λεπτά χρειάστηκε η εγκατάσταση την προηγούμενη φορά.",
        "Το ρεύμα επανήλθε μετά από διακοπή πέντε ωρών.",
        "Ο κωδικός λήγει μετά από 15 λεπτά αδράνειας.",
        "Θυμάστε αν έγινε πριν ή μετά τις 8 το πρωί;",
        "Τα δέματα συνήθως φτάνουν σε 2 ημέρες σε αυτή την περιοχή.",
        "Ο συνάδελφος σας είπε 24 ώρες, όμως αυτό ισχύει μόνο για εσωτερικές μεταφορές.",
        "Η αίτηση πρέπει να κατατεθεί από εσάς ως την Τετάρτη.",
        "Είμαστε μέχρι τις 8 το βράδυ κάθε μέρα.",
        "Τα δρομολόγια του τρένου για Πάτρα είναι πέντε τη μέρα, το πρώτο στις 6:40.",
        "Βλέπω την κράτησή σας: δωμάτιο για δύο, Πέμπτη 3 Οκτωβρίου.",
        "Η πληρωμή σας πέρασε στις 4 Μαρτίου.",
        "To paketo sas exei 500 lepta omilia kai 10 GB.",
        "Το πακέτο Max 30, me 30 GB, κοστίζει 25 ευρώ.");
    el.finds(Act.CONCRETE_TIMELINE,
        "Πέμπτη πρωί θα περάσει ο τεχνικός.",
        "Θα έρθει Τετάρτη και όχι Τρίτη.",
        "Για τις 11 το πρωί σας έκλεισα ραντεβού στο κατάστημα.",
        "Θα σας τηλεφωνήσουμε αύριο, για να επιβεβαιώσουμε την ώρα.",
        "Ο κούριερ θα περάσει μεταξύ 10 και 14.");
    el.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Θα σας τηλεφωνήσουμε αύριο, για να επιβεβαιώσουμε την ώρα.");
  }

  @Test
  public void scornFromTheTwentiethRoundsWritersIsDiscourtesy() {
    el.finds(Act.DISCOURTESY, "Δεν είναι δικό μου department αυτό, πάρτε το billing.", "8a perimeneis opws olos o kosmos",
        "Τι άλλο θέλετε να σας πω;", "κανείς δεν σας ανάγκασε να πάρετε το φθηνότερο πακέτο.",
        "Αφού δεν σας αρέσει, μπορείτε να πάτε σε άλλη εταιρεία.", "Ψάξτε καλύτερα στην πολυκατοικία.",
        "Εσείς οι συνταξιούχοι πάντα τα μπερδεύετε.", "δεν χρειάζεται να γράφετε κατεβατά.", "Μάθετε να το χρησιμοποιείτε.",
        "Κάνε ένα screenshot, αν ξέρεις πώς γίνεται.", "Ή περιμένετε να ανάψει μόνο του;", "Ok, whatever, ανοίγω ticket.",
        "λάβαμε το πέμπτο κατά σειρά μήνυμά σας για το ίδιο ζήτημα");
    el.doesNotFind(Act.DISCOURTESY, "Μάθετε περισσότερα στο site μας.", "Τι άλλο θέλετε να προσθέσουμε στην παραγγελία;",
        "Αν σας αρέσει, κρατήστε το.", "Θα το κάνετε τώρα ή περιμένετε να σας καλέσουμε;");
  }

  @Test
  public void greekElisionsQuoteNothingSoTheirRudenessCounts() {
    el.finds(Act.DISCOURTESY, "Ναι, το 'πατε, το 'γραψα, μην το ξαναλέτε απ' την αρχή.");
    el.doesNotFind(Act.DISCOURTESY, "Ο συνάδελφος σας είπε «δεν είναι δουλειά μου»; Λυπάμαι πολύ, δεν έπρεπε.");
  }

  @Test
  public void scornFromTheTwentyFourthRoundsWriterIsDiscourtesy() {
    el.finds(Act.DISCOURTESY, "Κυρία μου, εσείς εν εδώκατε σωστό τηλέφωνο. Ίντα που θέλετε να σας κάμω;",
        "Αν δεν σας αρέσκει, αλλάξετε τράπεζα.", "To IBAN to grapsate lathos eseis, oxi emeis.",
        "Τι άλλο να κάνουμε, να σας στείλουμε και περιστέρι;", "Αν με αφήνατε να μιλήσω θα είχαμε τελειώσει.",
        "pes mou to noumero kai mh mou les thn istoria ths zwhs sou", "H apantisi einai OXI.",
        "Ελέγξτε τον λογαριασμό σας πριν ξαναστείλετε.", "Sorry alla as sas voithisei kapoio eggoni.",
        "Ευχαριστούμε θερμά για το όγδοο μήνυμά σας σήμερα.", "τα 2 ευρώ δεν θα σας καταστρέψουν.",
        "Εδώ είναι νοσοκομείο, όχι καφετέρια.", "ante kalo, exw kai alla thlefwna",
        "Kyria mou den eimai o taxydromos tis geitonias", "Στείλτε μας inbox σαν κανονικός άνθρωπος.");
    el.doesNotFind(Act.DISCOURTESY, "ela re file, mhn agxwnesai, ta lefta sou einai edw",
        "oxi re si, kanena provlima! stelne mou mia foto");
    el.finds(Act.DISCOURTESY, "Έλα ρε φίλε, τι θες τώρα;");
    el.doesNotFind(Act.DISCOURTESY, "Αν δεν σας αρέσει το χρώμα, μπορούμε να το αλλάξουμε.",
        "Τι μπορώ να κάνω για εσάς;", "Θα σας καλέσουμε εμείς, δεν χρειάζεται να πάρετε ξανά.");
  }

  @Test
  public void itComesWhenItComesAndDoNotAskAgainAreRude() {
    el.finds(Act.DISCOURTESY, "Ο τεχνικός θα έρθει όποτε έρθει.", "Ημερομηνία δεν έχω και μη με ξαναρωτήσετε.",
        "me sygxwreite alla poso dyskolo einai na grapsete th die8ynsh swsta?", "to psaksate kan prin mas grapsete?",
        "Δεν έχω καμία υποχρέωση να σας εξηγήσω γιατί απορρίφθηκε.");
    el.doesNotFind(Act.DISCOURTESY, "Θα σας καλέσουμε όταν έρθει το ανταλλακτικό.",
        "Μην ανησυχείτε, δεν θα σας περιμένει κανείς στην ουρά.");
    el.finds(Act.DISCOURTESY, "Μου λέτε ότι δεν ήρθε ποτέ ο λογαριασμός. Όλοι αυτό λένε.",
        "Pernate apo tin pisw porta, pisw, PISW, den akoute?", "Na perimenete, den eiste kanenas VIP edw.");
    el.doesNotFind(Act.DISCOURTESY, "Με ακούτε; Η γραμμή έχει θόρυβο.");
  }

  @Test
  public void aNumberAskedToBeReadOutIsNoRudenessAndAParcelKeptIsNoTimeline() {
    el.doesNotFind(Act.DISCOURTESY, "Μάλιστα. Ο αριθμός μητρώου είναι στον λογαριασμό, πάνω δεξιά. Μου τον διαβάζετε;");
    // how long a parcel is kept for collection is no timeline
    el.doesNotFind(Act.CONCRETE_TIMELINE, "Κρατάει το δέμα 10 ημέρες, μετά επιστρέφεται στον αποστολέα.");
    el.finds(Act.CONCRETE_TIMELINE, "Το δέμα θα παραδοθεί σε 2 ημέρες.");
    el.finds(Act.DISCOURTESY, "Εντάξει, εντάξει, δεν χρειάζεται να φωνάζετε. Γεια σας.", "Den xreiazetai na fwnazete.");
    el.doesNotFind(Act.DISCOURTESY, "Δεν χρειάζεται να πληρώσετε τίποτα.");
  }
}
