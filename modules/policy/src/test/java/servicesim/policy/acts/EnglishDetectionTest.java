package servicesim.policy.acts;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.Test;
import org.scalatestplus.junit.JUnitSuite;

public class EnglishDetectionTest extends JUnitSuite {

  private final DetectionAssertions en = new DetectionAssertions("en", "Sam", "Acme Electronics");

  @Test
  public void checksThatAFixHeldOnTheCustomersSideOffersToWalkThroughAndLapsesOwned() {
    en.finds(Act.CHECK_SATISFACTION, "Is it working on your side now?",
        "Can you confirm the app is opening properly now?",
        "Please confirm whether the refund has reflected.");
    en.finds(Act.OFFER_HELP, "Want me to walk you through it?", "Would you like me to walk you through the steps?");
    en.finds(Act.ESCALATION, "Let me bring in someone more senior on this.");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "That was unacceptable from our side.",
        "The error on your bill was a glitch in our system.",
        "The misspelt name was a typing error by our reservations desk.");
    en.doesNotFind(Act.OFFER_HELP, "Glad I could help!", "Happy we were able to help today.");
  }

  @Test
  public void dismissalSarcasmAndBlameInOtherWords() {
    en.finds(Act.DISCOURTESY, "Lol, good luck with that.", "That's not really my department, so I can't help you.",
        "You clearly entered the wrong address, so that's on you.", "There are people with real problems waiting.",
        "Wow. Okay. Not sure how to make it any simpler for you.", "We're not going to argue with you on Twitter.",
        "If you'd backed up your phone like we recommend, you wouldn't have lost anything.");
    en.doesNotFind(Act.DISCOURTESY, "There's no such thing as a stupid question here!",
        "We're sorry you feel this way, however this isn't something we can make an exception on.",
        "Rules are rules I'm afraid, PT packs aren't refundable once used.", "Good luck with the interview tomorrow!");
  }

  @Test
  public void anAgentWhoWillBeHelpingTodayPromisesNoTime() {
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Hi, I'm Sam and I'll be helping you today.",
        "I'll be looking after you today.");
    en.finds(Act.CONCRETE_TIMELINE, "We will call you back today.");
  }

  @Test
  public void theOrganisationInAProductsNameIsNotTheAgentNamingIt() {
    en.doesNotFind(Act.ORG_NAME, "Which Acme app version are you on?", "Is the Acme Electronics app up to date?",
        "That film is on Acme TV now.");
    en.finds(Act.ORG_NAME, "Acme support is here to help.", "Thanks for being part of the Acme family!",
        "Refunds follow Acme's terms.", "Acme Electronics’ team will call you.");
    en.doesNotFind(Act.ORG_NAME, "Acmes are sold out.");
  }

  @Test
  public void policyExamplesAreDetected() {
    en.finds(Act.OWN_NAME, "Thank you for calling, this is Sam.");
    en.finds(Act.ORG_NAME, "Thank you for calling Acme Electronics.");
    en.finds(Act.OFFER_HELP, "How can I help you today?");
    en.finds(Act.APOLOGY, "I'm so sorry about the trouble.");
    en.finds(Act.CONFIRM_UNDERSTANDING, "Just to confirm, you'd like a new unit and a refund, right?");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "That's our mistake — the website listed it wrongly.");
    en.finds(Act.ASK_PREFERENCE, "How would you like us to put this right?");
    en.finds(Act.CHECK_SATISFACTION, "Are you happy with this solution?");
    en.finds(Act.ANYTHING_ELSE, "Is there anything else I can help you with?");
    en.finds(Act.POLICY_AS_WEAPON, "Sorry, I can't do anything more, it's company policy.");
    en.finds(Act.DISCOURTESY, "Calm down.", "That's not my problem.");
    en.finds(Act.VAGUE_PROMISE, "We'll look into it and get back to you soon.");
    en.finds(Act.CONCRETE_TIMELINE, "You'll have the refund by Friday at noon.", "within 3 business days");
    en.finds(Act.ESCALATION, "Let me bring in my supervisor.");
  }

  @Test
  public void satisfactionChecksAsAgentsWriteThemAreDetected() {
    // the thing put right, asked after as the customer sees it
    en.finds(Act.CHECK_SATISFACTION, "I've cancelled the duplicate order, could you confirm the second charge is gone from your card now?",
        "We've re-sent the activation code. Please let us know whether the account is now active.",
        "Please tell me if the payment is now going through.",
        "Has the error message disappeared from your screen yet?", "Is the pending charge gone off your account now?",
        "Is everything looking good at your end?", "Does it look ok from your side?",
        "Is your phone getting a signal again now that you've restarted it?",
        "Is that closer to what you were hoping for?", "How do those fit now?");
    // a fix said to be in place, then a look asked for
    en.finds(Act.CHECK_SATISFACTION, "That setting should be fixed now, could you try logging in again?",
        "The credit should have reflected by now, can you check your balance?");
    // a hope put as a question, a reply asked for to confirm the fix, the error asked after
    en.finds(Act.CHECK_SATISFACTION, "Trust everything is working fine now?", "Hoping the app is back to normal for you?",
        "Please email us to confirm that everything is working again.",
        "Let me know if you still see the error after the restart.");
    // terse checks, the trouble staying gone, what was sent again
    en.finds(Act.CHECK_SATISFACTION, "all good now?", "fine now?", "Did it?",
        "Has the heating stayed on since our engineer came out?", "Have they arrived safely this time?",
        "Did you get it ok?", "Please restart the router and revert with the status.",
        "Try logging in again and confirm whether it works.",
        "Are you happy for us to mark it resolved, or is there something else you need?");
    en.finds(Act.ANYTHING_ELSE, "Are you happy for us to mark it resolved, or is there something else you need?");
    en.doesNotFind(Act.ASK_PREFERENCE, "Are you happy for us to mark it resolved, or is there something else you need?");
    en.doesNotFind(Act.ANYTHING_ELSE, "Is that everything sorted now?");
    en.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Does everything look right on your end?");
  }

  @Test
  public void questionsBeforeAFixAreNoSatisfactionChecks() {
    en.doesNotFind(Act.CHECK_SATISFACTION, "Can you confirm if the account is active?",
        "Could you check whether the light on the router is showing green?", "When did the error first appear?",
        "Why did it stop charging, was it dropped?", "How long ago did the app start crashing?",
        "Is the phone picking up any signal at all?", "Hope this helps, have a lovely day.",
        "Did you find the settings menu?", "How does it look when the error comes up?",
        "Is that what you were charged last month?",
        "You should have received an email, can you give me the reference on it?",
        "It should be on the back of the card, can you read me the last four digits?",
        "Please reply to confirm your delivery address.", "Everything's working on our end now.",
        "Good now, can I take your postcode?");
  }

  @Test
  public void refusalsByPolicyAsAgentsWriteThemAreDetected() {
    en.finds(Act.POLICY_AS_WEAPON, "I'm afraid the cancellation charge stands.", "Per T&C no refund on sale items.",
        "as per tnc cant refund", "Under our returns policy we can only accept unopened items.",
        "Per our refund policy, we don't refund digital downloads.",
        "In accordance with the terms of your lease, we won't be waiving the cleaning charge.",
        "We will not be reconsidering the claim, as it was assessed in line with the policy wording.",
        "Because of the terms of your contract, we won't be refunding the setup fee.",
        "Our terms require a full month's notice, so you'll still be charged for May.",
        "The contract has a minimum term, which means the direct debit will still come out.",
        "Sorry, that's all in our terms and conditions.", "It's in the small print, I'm afraid.",
        "I can't issue a replacement card without a police report.",
        "The previous advisor told you it was against policy, and I'm afraid that is correct.");
  }

  @Test
  public void rulesStatedWhileStillHelpingAreNoRefusals() {
    en.doesNotFind(Act.POLICY_AS_WEAPON, "The fee stands at £30 for standard delivery.", "Your balance stands at £20.",
        "The item's outside the 14-day returns period, but you're still covered by the manufacturer's guarantee, so I've booked a repair.",
        "Hand luggage must be under 10kg, but if you move the laptop into your coat you'll be fine.",
        "The policy does say no cancellations after check-in, but since the flight was delayed I've cancelled it without a fee.",
        "The driver said it was against company policy to wait, which isn't right, and I've arranged a redelivery.",
        "Before you sign up, I have to mention the plan doesn't include roaming. Shall I go ahead?",
        "We can only send the PIN to the registered number, which is yours, so that's all sorted.");
  }

  @Test
  public void otherWordingsAndSpellingsAreDetected() {
    en.finds(Act.APOLOGY, "Please accept our sincere apologies.", "We APOLOGISE for this.", "I apologize.");
    en.finds(Act.OFFER_HELP, "What can I do for you?", "Good morning, how may I assist?");
    en.finds(Act.CONCRETE_TIMELINE, "I'll call you back at 3pm.", "It will be there in two days.",
        "The engineer comes tomorrow at 10:30.", "We'll refund you on 12 March.");
    en.finds(Act.ESCALATION, "I'll escalate this to our complaints team.", "I'm transferring you to my manager now.");
  }

  @Test
  public void everydayAgentLinesAreDetected() {
    en.finds(Act.APOLOGY, "Apologies for the inconvenience.", "I do apologise.");
    en.finds(Act.CONFIRM_UNDERSTANDING, "Let me make sure I've got this right: the unit won't connect?",
        "So, if I've understood correctly, the unit won't connect to your receiver?",
        "So you're saying the unit arrived broken?", "Can I just check I've understood: it arrived broken?",
        "Just so I'm clear, you were charged twice?", "Just to check, you were charged twice?",
        "So the problem is that you were charged twice, correct?");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "We made a mistake.", "We made an error with your order.",
        "The mistake was on our side.", "That's down to us, not you.");
    en.finds(Act.ASK_PREFERENCE, "How would you like us to make this up to you: a credit on your bill, or extra mobile data?");
    en.finds(Act.ASK_PREFERENCE, "Would you like a replacement or a refund?", "How would you like me to proceed?",
        "What would you like to happen?", "Which would suit you better, a refund or a replacement?");
    en.finds(Act.CHECK_SATISFACTION, "Is that all right with you?", "Are you happy for me to go ahead with that?",
        "Is that solution acceptable to you?", "Have I resolved everything for you today?");
    en.finds(Act.ANYTHING_ELSE, "Anything more I can help with?");
    en.finds(Act.POLICY_AS_WEAPON, "Unfortunately our policy doesn't allow refunds after 30 days.",
        "Our policy does not allow that.", "Those are the rules, I'm afraid.");
    en.finds(Act.DISCOURTESY, "If you'd read the instructions you wouldn't have this problem.",
        "If you had checked the manual this would not happen.");
    en.finds(Act.VAGUE_PROMISE, "Leave it with me.");
    en.finds(Act.CONCRETE_TIMELINE, "By the end of the day you'll have an answer.", "I'll update you by end of day tomorrow.");
    en.finds(Act.ESCALATION, "I'm going to get my manager for you.", "I'll ask my team leader to call you.",
        "Let me get my supervisor on the line.", "My manager will take over from here.");
    en.finds(Act.NEXT_STEP, "We'll be in contact with the courier and then email you.");
    en.finds(Act.TAKE_DETAILS, "Can I take a contact number so someone can call you back?");
  }

  @Test
  public void lookalikesOfEverydayLinesDoNotCount() {
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "Everything looks fine on our end.");
    en.doesNotFind(Act.DISCOURTESY, "If you read the manual, page 4 explains it.");
    en.doesNotFind(Act.ASK_PREFERENCE, "Would you like to hold?");
    en.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Let me make sure this doesn't happen again.");
    en.doesNotFind(Act.VAGUE_PROMISE, "Please leave it with the neighbour.");
    en.doesNotFind(Act.CHECK_SATISFACTION, "We have resolved to improve.");
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "There's an outage in your area, it's not my fault.",
        "It wasn't our mistake.", "There was no mistake on our side.");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "It's not your fault, it's our mistake.");
    // clearing the customer admits no fault of the organisation's
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "It's not your fault.", "You did nothing wrong.");
  }

  @Test
  public void negationsAndWordPartsDoNotCount() {
    en.doesNotFind(Act.DISCOURTESY, "It's not your fault at all.", "None of this is your fault.");
    en.doesNotFind(Act.APOLOGY, "I'm not sorry for following the rules.",
        "Sorry, I can't do anything more, it's company policy.");
    en.finds(Act.APOLOGY, "I'm so sorry about the trouble; our policy page was wrong.");
    en.doesNotFind(Act.OFFER_HELP, "Helpfulness matters.");
    en.doesNotFind(Act.CONCRETE_TIMELINE, "We'll sort it out soon.");
  }

  @Test
  public void spansPointIntoTheOriginalText() {
    String text = "Hello!  I’M SO SORRY about that.";
    Detection d = en.detect(text).stream().filter(x -> x.act() == Act.APOLOGY).findFirst().orElseThrow();
    assertEquals("SO SORRY", text.substring(d.start(), d.end()));
  }

  @Test
  public void timelinesResolveToDeadlines() {
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(Instant.parse("2026-11-26T09:00:00Z"), deadline("within 3 business days", monday));
    assertEquals(Instant.parse("2026-11-27T12:00:00Z"), deadline("by Friday at noon", monday));
    assertEquals(Instant.parse("2026-11-23T15:00:00Z"), deadline("I'll call you at 3pm", monday));
    assertEquals(Instant.parse("2026-11-24T23:59:59Z"), deadline("by tomorrow", monday));
  }

  @Test
  public void aClockTimeFollowedByADayMeansThatTimeOnThatDay() {
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(Instant.parse("2026-11-24T17:00:00Z"), deadline("I'll email you by 5pm tomorrow.", monday));
    assertEquals(Instant.parse("2026-11-24T12:00:00Z"), deadline("You'll hear from me before noon tomorrow.", monday));
    assertEquals(Instant.parse("2026-11-24T12:00:00Z"), deadline("I'll ring you at noon tomorrow.", monday));
    assertEquals(Instant.parse("2026-11-24T17:00:00Z"), deadline("I'll call you by 5 pm tomorrow.", monday));
  }

  @Test
  public void anHourWrittenApartFromItsMarkerIsThatHour() {
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(Instant.parse("2026-11-23T15:00:00Z"), deadline("I'll call you at 3 pm.", monday));
    assertEquals(Instant.parse("2026-11-24T15:00:00Z"), deadline("The engineer comes tomorrow at 3 pm.", monday));
  }

  @Test
  public void understandingSomeonesProblemIsNotDismissingIt() {
    en.doesNotFind(Act.DISCOURTESY, "I'm sorry, I understand your problem.", "Let me sort out your problem right away.",
        "I can help you with your problem.");
    en.finds(Act.DISCOURTESY, "That's your problem, not mine.");
  }

  @Test
  public void wordsOfRudenessInEverydayServiceTalkAreNoRudeness() {
    en.doesNotFind(Act.DISCOURTESY, "Sit back, relax and enjoy the flight!", "How many times has the app crashed today?",
        "Your fault report has been logged.", "Your problem has been resolved.");
    en.finds(Act.DISCOURTESY, "Relax.", "Just relax, sir.", "How many times do I have to tell you?", "How many times!",
        "It's your own fault for not reading the terms.", "The courier came and you weren't in, your problem.");
  }

  @Test
  public void promisingToDealWithSomethingIsNotTellingTheCustomerToDealWithIt() {
    en.doesNotFind(Act.DISCOURTESY, "I've asked our pharmacist to deal with it himself right now.",
        "He'll deal with it personally.", "I will personally deal with it.");
    en.finds(Act.DISCOURTESY, "Deal with it.");
  }

  @Test
  public void wishesAndPastTimesAreNeitherVagueNorConcretePromises() {
    en.doesNotFind(Act.VAGUE_PROMISE, "I hope Adam feels better soon.", "Get well soon!");
    en.finds(Act.VAGUE_PROMISE, "We'll fix it soon.");
    en.doesNotFind(Act.CONCRETE_TIMELINE, "It should have been ready two days ago.", "You called a week ago.");
    en.finds(Act.CONCRETE_TIMELINE, "It will be ready in two days.");
  }

  private Instant deadline(String text, Instant at) {
    List<Detection> found = en.detect(text);
    Detection d = found.stream().filter(x -> x.act() == Act.CONCRETE_TIMELINE).findFirst()
        .orElseThrow(() -> new AssertionError("no timeline in " + DetectionAssertions.describe(found)));
    return Timeline.deadline(d, at).orElseThrow(() -> new AssertionError("no deadline from " + d));
  }

  @Test
  public void todayInAGreetingIsNoTimeline() {
    en.doesNotFind(Act.CONCRETE_TIMELINE, "How can I help you today?", "Is there anything else I can help you with today?",
        "Thanks for calling today.");
    en.finds(Act.CONCRETE_TIMELINE, "I'll have it fixed today by 5pm.", "You'll get it tomorrow.");
  }

  @Test
  public void groupsHoldMultiWordAlternatives() throws Exception {
    ActDetector detector = servicesim.policy.Repo.lexicons().require("en");
    PhrasePattern p = detector.compile("our policy (does not|doesnt|will not) allow");
    assertEquals(true, detector.find("Our policy does not allow refunds.", List.of(p), Act.POLICY_AS_WEAPON).isPresent());
    assertEquals(true, detector.find("our policy doesn't allow that", List.of(p), Act.POLICY_AS_WEAPON).isPresent());
    assertEquals(false, detector.find("our policy does allow it", List.of(p), Act.POLICY_AS_WEAPON).isPresent());
    PhrasePattern optional = detector.compile("call you (right now)? today");
    assertEquals(true, detector.find("I'll call you today", List.of(optional), Act.NEXT_STEP).isPresent());
    assertEquals(true, detector.find("I'll call you right now today", List.of(optional), Act.NEXT_STEP).isPresent());
    for (String bad : List.of("(a b", "a (b c) d)", "((a))", "( )", "(a|)")) {
      org.junit.Assert.assertThrows(bad, PatternSyntaxException.class, () -> detector.compile(bad));
    }
  }

  @Test
  public void phrasesOnceBrokenBySpacesInAlternativesNowMatch() {
    en.finds(Act.POLICY_AS_WEAPON, "Our policy does not allow refunds.", "Policy says no.");
    en.finds(Act.ESCALATION, "My manager will call you back.");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "We made a mistake.");
    en.finds(Act.ASK_PREFERENCE, "How would you like us to resolve this?");
  }

  @Test
  public void nextWeekdayIsNeverToday() {
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(Instant.parse("2026-11-30T23:59:59Z"), deadline("We will call you next Monday.", monday));
    assertEquals(Instant.parse("2026-11-23T23:59:59Z"), deadline("We will call you by Monday.", monday));
  }

  @Test
  public void composedAndDecomposedLettersAgree() {
    Normalizer n = Normalizer.BASIC;
    assertEquals(n.normalize("caf\u00e9"), n.normalize("cafe\u0301"));
    assertEquals(n.normalize("\u0622"), n.normalize("\u0627\u0653"));
  }

  @Test
  public void offersOfHelpAreFoundByTheirConstructionNotTheirExactWords() {
    en.finds(Act.OFFER_HELP, "We'd love to help!", "Happy to assist.", "Here to help!", "I'm glad to help you with that.",
        "We would be more than happy to look into this for you.", "How can I be of assistance?",
        "What can I help you with today?", "Is there anything I can do for you?", "Let us know how we can help.",
        "I can help you with that.", "Let me help you with that.", "Would you like us to check on this for you?",
        "Do you need any assistance with your booking?", "We might be able to help with that.");
  }

  @Test
  public void refusalsRegretAndOffersOfMoreHelpAreNoOfferOfHelp() {
    en.doesNotFind(Act.OFFER_HELP, "I can't help with that.", "Sorry that I couldn't help you today.",
        "Unfortunately we're unable to help with refunds.", "I'm not able to assist with that, I'm afraid.",
        "Anything else I can help with?", "Is there anything else we can do for you?",
        "Let us know if you need further assistance.", "DM us your order number so we can look into it.",
        "Glad to hear it's working again.");
  }

  @Test
  public void checksThatAFixWorkedAreSatisfactionChecks() {
    en.finds(Act.CHECK_SATISFACTION, "Let us know if that fixes it.", "Does this clear things up?",
        "Let me know how it goes.", "Did that work?", "Is it working now?", "Are you still seeing the error?",
        "Has that sorted it?", "Let us know if the steps help.", "Does restarting the router make a difference?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Keep us posted.", "We'll wait for your reply.", "Hope this helps!",
        "Hope this clears things up.");
  }

  @Test
  public void restatementsAreFoundButQuestionsForNewFactsAreNot() {
    en.finds(Act.CONFIRM_UNDERSTANDING, "Are you referring to the desktop app?",
        "So you're saying the unit arrived broken?", "If I understand correctly, you were charged twice.",
        "So you were charged twice, right?", "Just to confirm, you'd like a refund?",
        "You mentioned the screen flickers when it starts.", "It sounds like your order arrived damaged.");
    en.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Just to confirm, have you restarted it?",
        "Which station are you referring to?", "So you have to restart it first.");
  }

  @Test
  public void choicesOfRemedyAreAskedPreferences() {
    en.finds(Act.ASK_PREFERENCE, "Would you prefer a refund or a replacement?",
        "You can either wait for the expert or chat with us now.", "Which would you prefer?",
        "Do you want a refund or a voucher?", "We can refund by post or by email. Which is best for you?",
        "I'm sorry, that time is not available. Would you like to try another day or time?");
  }

  @Test
  public void refusalsByPolicyAreFoundByTheirConstruction() {
    en.finds(Act.POLICY_AS_WEAPON, "We're unable to make exceptions to the 30-day rule.",
        "That's not allowed under our policy.", "Due to contractual agreements you'll need to contact them.",
        "Sorry, it's company policy.", "We are not allowed to share that information.",
        "Our policy prohibits refunds on sale items.", "There are no exceptions, I'm afraid.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "We'll make an exception this time.", "Refunds take 5 days, and I've started yours.");
  }

  @Test
  public void eligibilityWindowsGreetingsAndThePastAreNoTimelines() {
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Unfortunately we can't process refunds after 30 days.",
        "Returns are accepted within 30 days of purchase.", "Your delays today were caused by the weather.",
        "The train left 2 minutes before yours.", "Is the link working today?",
        "We can't offer compensation for delays under 2 hours.", "Your flight is delayed by 40 minutes.");
    en.finds(Act.CONCRETE_TIMELINE, "Your refund will arrive within 3-5 business days.", "He is 10 minutes away.",
        "It can take up to 28 days.", "I'll call you back later today.", "Try again tomorrow.",
        "The parts arrive on November 10th.", "Your ETD is 8:21 pm.", "It should be fixed in about 12 minutes.");
  }

  @Test
  public void aVaguePromiseWithATimeInTheSameMessageIsNotOpenEnded() {
    en.finds(Act.VAGUE_PROMISE, "We'll look into it.", "We will get back to you as soon as possible.",
        "Our team will reach out shortly.");
    en.doesNotFind(Act.VAGUE_PROMISE, "We'll look into it and call you back within 2 hours.",
        "We'll see you again soon!", "DM us so we can look into this.");
  }

  @Test
  public void escalationBringsSomeoneSeniorInButReferralsAndFeedbackDoNot() {
    en.finds(Act.ESCALATION, "Let me get my supervisor.", "I'm passing this to my manager now.",
        "I'm looping in our expert team.");
    en.doesNotFind(Act.ESCALATION, "I've passed your feedback on to the store manager.",
        "Were you able to speak to a manager?", "Please escalate this with our support team.");
  }

  @Test
  public void aLaterTimeKeepsItsClockWhenAPromiseComesFirst() {
    Instant monday = Instant.parse("2026-11-23T09:00:00Z");
    assertEquals(Instant.parse("2026-11-24T15:00:00Z"), deadline("I'll call you tomorrow at 3pm.", monday));
    assertEquals(Instant.parse("2026-11-23T13:10:00Z"), deadline("We see a departure time of 1:10p.", monday));
    assertEquals(Instant.parse("2026-11-23T23:59:59Z"), deadline("We'll ring you back later today.", monday));
  }

  @Test
  public void timesInARestatementAreTheCustomersNotAPromise() {
    en.doesNotFind(Act.CONCRETE_TIMELINE, "So you would like an appointment for 5:30 pm on March 7th, is that correct?",
        "Your name is John and you are arriving at 8 pm. Is this correct?");
    en.finds(Act.CONCRETE_TIMELINE, "Just to confirm, you want the refund? I'll call you tomorrow at 3pm.");
  }

  @Test
  public void refusalsThatPointAtATimeLimitAreRefusalsByPolicy() {
    en.finds(Act.POLICY_AS_WEAPON, "Because it has been more than 90 days we cannot accept the return.",
        "We can't refund orders after 30 days.", "Unfortunately your order is no longer eligible for a refund.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "We'll refund you within 30 days.");
  }

  @Test
  public void aNegationDoesNotReachANewSubjectOrPastAnEmoji() {
    en.finds(Act.OFFER_HELP, "If you're unable to connect we can help.", "That's not good \uD83D\uDE15 happy to help",
        "Oh no we'd love to help");
    en.doesNotFind(Act.OFFER_HELP, "I'm not happy to help with that.", "We are unable to help with refunds.");
  }

  @Test
  public void aSignatureRunTogetherWithASurnameOrInitialGivesTheName() {
    DetectionAssertions kia = new DetectionAssertions("en", "Kia", "T-Mobile");
    kia.finds(Act.OWN_NAME, "Shoot me a DM! *KiaWashington", "Thanks for reaching out. ^KiaR");
    kia.doesNotFind(Act.OWN_NAME, "Have a look at the Kiaora app.", "Our kiawashington store is open.");
  }

  @Test
  public void timesThatPromiseNothingAreNoTimeline() {
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Your order was delivered on Monday at 2pm.",
        "The outage started at 10am this morning.", "We tried to deliver yesterday at 3pm.",
        "Would you like a table at 7pm or 8pm?", "Is 3pm on Friday convenient for you?",
        "Do you want to fly with Delta Airlines taking off at 8:50 pm a direct flight?",
        "The store opens at 9am tomorrow.", "Our chat team is available 24 hours a day.",
        "Trains run every 15 minutes.", "The offer ends on the 31st of March.",
        "Your flight was scheduled to leave at 6:45 am.");
    en.finds(Act.CONCRETE_TIMELINE, "We'll call you back in 20 minutes.", "The fix should be live by the end of the week.",
        "An engineer will visit on Thursday between 8am and 1pm.", "We'll have an update for you by 5pm today.");
  }

  @Test
  public void constructionsPeopleWriteAreDetected() {
    en.finds(Act.OFFER_HELP, "Our team can help you with this, please DM us.", "I'm here for you, what do you need?",
        "Let me see what I can do for you.", "I'll gladly look into that for you.");
    en.doesNotFind(Act.OFFER_HELP, "If there is an alternative our team can assist.");
    en.finds(Act.CHECK_SATISFACTION, "Does everything look ok now?", "Is it working for you now?",
        "Can you confirm if the service is back now?", "How's the connection now?",
        "Did the steps help?", "Has that sorted it for you?");
    en.finds(Act.POLICY_AS_WEAPON, "That's not something we're allowed to do under our policy.",
        "We're not able to change the name on the booking as per the terms of the fare.",
        "As this is outside the 14 day cooling-off period, we can't cancel it.",
        "Sadly we can't offer compensation as the delay was under 30 minutes.",
        "Our terms state that we can't refund digital purchases.", "Our hands are tied here.");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "We should've let you know sooner.", "The mistake is ours.",
        "We messed this up and I'm sorry.", "We made a mess of your order.", "We sent the wrong item, sorry about that.",
        "We charged you twice by mistake.", "Our agent gave you the wrong information.",
        "We didn't get it right this time.");
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "It was the courier's fault, not ours.");
    en.finds(Act.DISCOURTESY, "As I already explained, there's nothing more to say.", "I've already told you twice.",
        "Stop wasting my time.", "Please stop messaging us about this.", "Not sure what else you expect us to do.",
        "Read the FAQ.", "You clearly didn't read the instructions.", "Please pay attention to what I'm saying.");
    en.doesNotFind(Act.DISCOURTESY, "As I said, there's nothing more I can do.", "Please read our FAQ for more details.");
    en.finds(Act.ANYTHING_ELSE, "Was there something else you needed?");
    en.finds(Act.ASK_PREFERENCE, "Let me know if you'd like a refund or store credit.");
    en.finds(Act.ESCALATION, "I'm raising this with our senior management team.");
    en.doesNotFind(Act.ESCALATION, "Are you referring to the account management app?");
  }

  @Test
  public void aMessageStartsAfterTheHandlesItIsAddressedTo() {
    en.finds(Act.CHECK_SATISFACTION, "@116166 Still having trouble? Which device are you using?");
    en.finds(Act.CHECK_SATISFACTION, "@116166 @115712 Any luck?");
  }

  @Test
  public void aReadBackAfterPleaseConfirmHoldsTheCustomersTimes() {
    en.finds(Act.CONFIRM_UNDERSTANDING, "Please confirm. A room for 1 at New York, Z Nyc Hotel for 2 days on next Tuesday.");
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Please confirm. A room for 1 at New York, Z Nyc Hotel for 2 days on next Tuesday.",
        "Please confirm the details: the hotel is Le Relais Du Marais with a check in date on March 2nd.",
        "Your reservation is confirmed for 6:00 pm at The Porch.", "There is a flight on the 30th.");
    en.finds(Act.CONCRETE_TIMELINE, "So you were charged twice? I'll refund you by Friday.");
  }

  @Test
  public void choicesOfRemedyByConstruction() {
    en.finds(Act.ASK_PREFERENCE, "You can either wait for the part or get a full refund.",
        "Which option works best for you?", "Which one suits you better?", "Shall I refund you or send a replacement?",
        "You have the option of a refund or a credit to your account.", "You can choose between a refund and a replacement.",
        "Let me know how you'd like to proceed.", "If you'd prefer, we can issue a refund instead.",
        "Alternatively, we can cancel the order and refund you in full.", "Happy to offer a refund if you'd prefer?",
        "Is there a particular resolution you're looking for?", "Are you happy to receive them or do you want to opt out?");
    en.doesNotFind(Act.ASK_PREFERENCE, "Which model is it?", "Send us a DM if you prefer.",
        "Which store did you buy it from?");
  }

  @Test
  public void checksThatAFixWorkedByConstruction() {
    en.finds(Act.CHECK_SATISFACTION, "Can you confirm it's working now?", "Is your internet back now?",
        "Are you all sorted now?", "Tell us how it goes!", "Let us know if this does the job.", "Is everything sorted?",
        "Can you log in now?", "Is that all working for you now?", "Is the issue still ongoing?", "Did you get it sorted?",
        "Was I able to resolve your issue today?", "Is the app working ok for you today?", "Do you have service now?",
        "We'd love to know if that worked!");
    en.doesNotFind(Act.CHECK_SATISFACTION, "We'll have it fixed by end of day.", "Keep us posted.", "Hope this helps!",
        "We're glad to hear you're back up and streaming.");
  }

  @Test
  public void refusalsByRuleByConstruction() {
    en.finds(Act.POLICY_AS_WEAPON, "This falls outside of our policy.",
        "Unfortunately the terms of the promotion don't allow this.", "This is standard procedure, I'm afraid.",
        "Policy is policy.", "Rule is rule.", "Unfortunately that's not something we can do as it goes against our T&Cs.",
        "Our policy is that we don't refund digital purchases.", "Those are the terms you agreed to.",
        "We aren't allowed to do that, sorry.", "Unfortunately exceptions can't be made.",
        "As per RBI guidelines, we cannot verify the card number here.",
        "If the damage hasn't been reported within 7 days of receiving the bag, we don't have any options.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Refunds take 5 days, and I've started yours.",
        "You can read our refund policy here.");
  }

  @Test
  public void timelinesByConstruction() {
    en.finds(Act.CONCRETE_TIMELINE, "We'll reply within 48h.", "It'll be another 5mins.", "Should be back up in 30min.",
        "Please allow 2wks for delivery.", "We'll call you back in half an hour.", "It should be resolved in a couple days.",
        "You'll hear from us in a few days.", "The engineer will be with you between 8am and 12pm.",
        "Expect a call around 3pm.", "It's usually 5 working days.", "We're expecting services to be restored by 6pm.",
        "We're hoping to have this resolved by this evening.", "You'll have it before midnight.",
        "Give it 10 mins and try again.", "Your ride should arrive in no longer than 14 minutes.",
        "You shall be updated by 17/11/2017 01:57:00 PM.");
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Returns are accepted within 28 days.", "I called you yesterday at 3pm.",
        "The damage must be reported within 7 days of receiving the bag.", "We're open 9am to 5pm, Monday to Friday.");
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "We should have an update by midday.");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "Our bad, the wrong item was sent.", "We should have told you sooner.");
  }

  @Test
  public void refusalsThatCiteALimitWithoutTheWordPolicy() {
    en.finds(Act.POLICY_AS_WEAPON, "We can only refund within the return window.",
        "Unfortunately the warranty does not cover accidental damage.", "Sorry, that's outside what we can do.",
        "Our terms say refunds aren't possible on sale items.", "Unfortunately all sales are final.",
        "I'm sorry, the system won't let me issue a refund.", "That's not covered by your warranty, I'm afraid.",
        "We only accept returns within 14 days of delivery.", "The 30 day period has passed so a refund isn't possible.",
        "I'm afraid we don't do refunds on opened items.", "I'm unable to override the system.",
        "Gift cards cannot be refunded.", "Name changes aren't permitted on our tickets.",
        "Price adjustments are only available within 14 days of purchase.", "This promotion is for new customers only.",
        "Once dispatched, orders cannot be cancelled.", "Seat fees are non-refundable.",
        "Unfortunately, we're unable to offer compensation for weather delays.",
        "As it was booked through a travel agent, you'll need to contact them.");
    en.finds(Act.POLICY_AS_WEAPON, "Unfortunately, this must be done at the airport.",
        "You'd only be able to get this if you were selecting an eligible tariff.");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "We acknowledge that the bill was issued due to an error at our end.");
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "I acknowledge your frustration.", "We acknowledge receipt of your complaint.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "You can return it within 30 days for a full refund.",
        "The warranty covers this, so I'll send a replacement today.", "Our system is down at the moment, sorry for the delay.",
        "My system won't let me book it. I just find the hotels.", "No, the ticket is not refundable.",
        "Your order was dispatched this morning.", "The offer is valid until Sunday, grab it while you can!",
        "We can cancel it for you now.");
  }

  @Test
  public void choicesOfRemedyBareOrInstead() {
    en.finds(Act.ASK_PREFERENCE, "Refund or replacement?", "Your call: refund or exchange?",
        "Would a refund work for you, or shall we replace it?", "It's your choice whether we refund or replace it.",
        "Would you like me to cancel the order instead?", "What would be the best way for us to make this right?",
        "We can rebook you on the next flight, or you can request a refund.", "How would you like to be compensated?",
        "Do you want me to try another restaurant?", "What can we do to make it up to you?",
        "Would you be interested in a replacement instead?");
    en.doesNotFind(Act.ASK_PREFERENCE, "Which address should we send it to?", "Which store did you visit?",
        "Would you like a receipt?");
  }

  @Test
  public void requestsToHearHowAFixWent() {
    en.finds(Act.CHECK_SATISFACTION, "Give it a try and let me know.", "Try that and tell me if it works.",
        "Is that all good now?", "Is this solution OK for you?", "Is that what you were looking for?",
        "Let us know once you've tried these steps.", "Did you have any luck?", "Was the engineer able to fix it?",
        "Is the connection stable now?", "Is it behaving itself now?");
    en.finds(Act.CHECK_SATISFACTION, "Does logging out, fully closing the app, and restarting your device help?",
        "Can you let me know if you managed to get on in the end?", "Hopefully that sorts it - let us know!");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Let us know if the problem comes back.", "Please try again later.",
        "Did you order it online or in store?");
  }

  @Test
  public void refusalsByARuleNamedWithoutTheWordPolicy() {
    en.finds(Act.POLICY_AS_WEAPON, "Only the account holder can request this change.",
        "Due to data protection we will need to speak with the account holder.",
        "The account holder will need to contact us directly.", "It's out of my hands I'm afraid.",
        "Fees are non-negotiable.", "Unfortunately that's the rule, sorry.", "It's a legal requirement.",
        "Vouchers can't be used in conjunction with other offers.", "It's one code per customer.",
        "We have no way to waive it, it's in the terms you agreed to.",
        "Unfortunately we're unable to offer compensation for delays caused by weather.",
        "Per FAA regulations, lithium batteries must go in carry-on bags.", "Name changes are not permitted.",
        "We won't be able to process the return without a receipt.",
        "We're not able to make changes to orders that have already shipped.",
        "Unfortunately the promo code has expired.", "We're unable to issue a refund as the item has been used.",
        "As the booking was made through a travel site, we're unable to make changes.",
        "My system requires 3 guests or more.", "Only 10 or less allowed at this venue.",
        "Your party size must be at least 2 in order to reserve.",
        "Bookings must be made 24 hours in advance.", "The restaurant can only seat 6.",
        "We don't accept parties over 8.", "That's just how the system works, sorry.",
        "We're legally required to keep the deposit.", "Upgrades are at the airline's discretion.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Refunds take 5 days, and I've started yours.",
        "You can find our returns policy here: https://example.com/returns",
        "We're unable to locate your account, could you DM us your email?",
        "Are you the account holder?", "We'll need your 4 digit PIN to go on.",
        "It can take up to 24 hours for the update to show.", "I have a table for 4 people at 7pm.",
        "We can only see the last 3 orders here, so please DM us the order number.",
        "For security reasons, please don't share your card details here.",
        "We're required to verify your identity first, could you DM us your email?");
  }

  @Test
  public void choicesOfRemedyAndWhatTheCustomerWants() {
    en.finds(Act.ASK_PREFERENCE, "Another option would be to rebook you on the next flight.",
        "We can refund you or send a new one.", "Are you hoping for a refund or a replacement?",
        "Or would you rather wait for the restock?", "How would you like this resolved?",
        "Is there anything we can do to make this right?", "The choice is yours.");
    en.doesNotFind(Act.ASK_PREFERENCE, "Are you wanting to activate the new SIM or transfer your number?",
        "Are you on iOS or Android?", "Would you like me to book it for you?", "Whatever you'd like.");
  }

  @Test
  public void checksThatAFixWorkedInOtherWords() {
    en.finds(Act.CHECK_SATISFACTION, "Let us know if it still doesn't work.", "Hope that helps! Let us know if it doesn't.",
        "Let us know if you still see the error after restarting.", "Were you happy with the service you received?",
        "Have you been able to log in since?", "Are you still without service?",
        "Can you confirm the charges have been removed?", "Let us know how the new router works out!",
        "Were the steps helpful?", "How are things looking on your end now?", "Did the steps above sort it out for you?",
        "Is the app still crashing?", "Are you able to log in yet?", "Have we answered your question?",
        "Did the replacement arrive okay?", "How is that working for you?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Hope this helps!", "Keep us posted.", "Let us know if you have any questions.",
        "Is it working on other devices?", "Are you able to update your games currently?",
        "Did you order it online or in store?", "If the issue persists, please DM us.");
  }

  @Test
  public void restatementsAsQuestionsAndReadBacks() {
    en.finds(Act.CONFIRM_UNDERSTANDING, "To confirm, you're looking to cancel your subscription?",
        "Am I right in saying you were charged twice?", "Am I correct that you'd like a refund?",
        "Let me see if I've got this right: the order never arrived?", "Are you saying the package was empty?",
        "Are you asking about the annual plan?", "Did you say the charge was on the 5th?",
        "Is this regarding your recent order?", "If I'm following correctly, the error appears at checkout?",
        "We understand you're unable to log in on the app.", "So you haven't received your refund yet?",
        "So no food requests then?", "So Saturday at 9am is still your preferred time?",
        "Please confirm: doctor's appointment at 12:45 pm on March 12th.",
        "Please confirm to book a cab for 2 persons.", "Could you confirm you want 2 tickets for Friday?",
        "You want 2 tickets for Friday, yes?", "Let me just recap: you ordered two and got one.",
        "No problem, please confirm: schedule a visit to the apartments for next Thursday.",
        "To confirm here's the detailed info: departure Detroit, arrival Chicago.",
        "To make sure we understand, is the device running and you're asking about the charging time?");
    en.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Just to confirm, who's the carrier shown on your order?",
        "Just to confirm, what's your email?", "Just to confirm, have you restarted it?",
        "I understand you're frustrated.", "We'll confirm your booking shortly.", "So what's your email address?",
        "So how can I help?", "Please confirm your email address.", "Okay, so it's broken?");
  }

  @Test
  public void refusalsByARuleInTheWordsSupportAccountsUse() {
    en.finds(Act.POLICY_AS_WEAPON, "Unfortunately that's not something we're able to do on a Basic fare.",
        "I'm afraid this isn't something we can make an exception on.",
        "Date changes can't be made within 24 hours of departure.",
        "Your ticket type doesn't allow refunds, I'm afraid.", "The discount doesn't apply to sale items.",
        "Unfortunately your order doesn't qualify for free delivery.",
        "Your account doesn't meet the eligibility criteria for this offer.",
        "Gift cards are excluded from the promotion.", "You're not entitled to compensation for this delay.",
        "We're not in a position to offer a refund.", "We're unable to reinstate expired points.",
        "Expired vouchers cannot be reactivated.", "Sadly we can't waive the late payment fee.",
        "We don't cover taxi costs.", "A refund isn't possible for this booking.",
        "Refunds can only go back to the original payment method.",
        "It's not possible to transfer credit between accounts.", "We can't combine two discount codes.",
        "There isn't anything more we can do at this stage.", "Your phone is out of warranty.",
        "We can't honour the price shown.", "There's a limit of 2 per customer.",
        "We can't change bookings made through a travel agent.",
        "We're unable to offer a goodwill gesture on this occasion.",
        "There's no option in our system to split the payment.", "We cannot accept liability for lost items.",
        "We won't be able to reinstate an order once it's cancelled.",
        "Unfortunately there's no way for us to reopen a closed account.",
        "Unfortunately the ticket is not refundable.", "Sorry, our stores aren't able to price match.",
        "The claim came in after the deadline, so we're unable to process it.",
        "You'd need to be the account holder for us to discuss this.",
        "We can't accept a return without the original packaging.",
        "Due to licensing restrictions this title isn't available.",
        "The price promise only applies within 7 days of purchase.",
        "Our courier partners don't allow us to change the address after dispatch.",
        "This doesn't fall under our returns policy.", "Our agents have no way of overriding the fare rules.",
        "It's card payments only, I'm afraid.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Tickets are non-refundable, but you can change the date for free.",
        "The fare isn't refundable, but we can move you to tomorrow's flight.",
        "That's not something we'd want you to experience.", "Your phone is still under warranty, so I've booked the repair.",
        "We'll refund it once it's returned.", "You're eligible for a refund, I'll process it now.",
        "We're responsible for your safety on board.", "No, the ticket is not refundable.",
        "Hulu is only available in the U.S. right now.", "I cannot guarantee your stats will be saved.");
  }

  @Test
  public void checksThatAFixWorkedInMoreWordings() {
    en.finds(Act.CHECK_SATISFACTION, "Shoot us a reply if that doesn't help.", "Drop us a DM if that hasn't worked.",
        "Reply back and let us know if that works.", "How did the reset go?", "Is that any help?",
        "Everything back to normal now?", "Have things improved since?", "Does it still happen after the update?",
        "Does this seem to persist after rebooting the device: https://t.co/x", "Is there still a problem with the app?",
        "Just following up to see if the issue has been resolved.",
        "Just wanted to check in and see if everything is working.", "Is the video playing properly now?",
        "Is your internet back?", "Can you check if it works now?", "Did you have any joy?",
        "Did any of your questions go unanswered?", "Is the connection holding up now?",
        "Hopefully that's sorted it for you! Let us know if not.", "We'd love to hear if that's helped!",
        "How's the new router treating you?", "Has the missing item turned up yet?", "Hopefully that did the trick?",
        "Let us know if that gets things moving.", "Any update on whether the reinstall helped?",
        "Are the notifications coming through now?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "If the issue persists, please DM us.", "Does the error happen on all devices?",
        "Just checking, can you DM us your email?", "How did you hear about us?", "Is the item back in stock?",
        "Let us know if the problem comes back.", "Are you able to update your games currently?",
        "Hope this helps!", "Let us know if you need anything.", "Is the light on the router green?",
        "Has the order been placed with your account?");
  }

  @Test
  public void whatAStepMakesPossibleAndTheCustomersOwnStepsAreNoVaguePromise() {
    en.doesNotFind(Act.VAGUE_PROMISE, "Could you link us to the item? This will allow us to take a closer look.",
        "An airport agent will be happy to take a look at your bag.",
        "Your bag is oversized, so you'll have to check it in.");
    en.finds(Act.VAGUE_PROMISE, "We'll take a closer look and get back to you.");
  }

  @Test
  public void aPageOfRemediesAndASpecialistWhoWillBeInTouch() {
    en.finds(Act.ASK_PREFERENCE, "You can view refund/replacement options with us here: https://t.co/x",
        "Choose from the available refund or replacement options below.");
    en.doesNotFind(Act.ASK_PREFERENCE, "You can see delivery options at checkout.", "Oh no!");
    en.finds(Act.ESCALATION, "A specialist from my team will be in touch with you soon.",
        "My supervisor will be in touch today.");
    en.doesNotFind(Act.ESCALATION, "Someone from our team will be in touch.");
  }

  @Test
  public void aRefusalAndTheRuleItRestsOnInEitherOrder() {
    en.finds(Act.POLICY_AS_WEAPON, "We're not able to make changes within 48 hours of travel due to our fare rules.",
        "Those restrictions mean we won't be able to move your booking.",
        "Unfortunately no changes can be made to this fare.",
        "Sorry, we're unable to cancel as the order has already been dispatched.",
        "We only allow one free replacement per device.",
        "As the item was bought on marketplace, we can't process the return ourselves.",
        "The voucher has no cash alternative.", "Our team can't book tables for groups larger than 10 online.",
        "There's a 12-month limit on claims and yours falls outside it.",
        "We can't refund purchases made elsewhere.", "Bookings made with points are non-changeable.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "I can't see any restrictions on your account, so you should be able to order now.",
        "There's no limit on how many times you can change your plan.",
        "Don't worry, there's no minimum spend and no time limit on the voucher.",
        "We can't wait to have you back! Your booking is confirmed.",
        "You've already been refunded, it should show within 3 days.");
    en.finds(Act.CHECK_SATISFACTION, "Are those error messages gone now?", "Did it sync okay after the update?",
        "Let us know once it's working again.", "Was the refund received?", "Please let us know if you're still stuck.",
        "Has the charge dropped off your account now?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Did you get an error code when this happened?",
        "Is this the first time this has happened?", "Once it's working again you'll get an email from us.");
  }

  @Test
  public void aSlipNamedAsSuchOrTheWrongThingWeSentIsOwned() {
    en.finds(Act.ACCEPT_RESPONSIBILITY, "It was a mistake that the renewal wasn't set up for you.",
        "Looks like we attached the wrong invoice, here is the right one.", "Sorry, I linked you the wrong page.");
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "I apologize if this was sent in error.",
        "Please tell us if it was a mistake.", "It was a good idea to restart it.");
  }

  @Test
  public void aRuleNamedAsTheReasonForARemedyIsNoRefusal() {
    en.doesNotFind(Act.POLICY_AS_WEAPON, "As per our policy, we will send you a new card.",
        "Under our terms you are entitled to a full refund.", "As per RBI rules we are sending you a new card.");
    en.finds(Act.POLICY_AS_WEAPON, "As per our policy we cannot refund opened items.",
        "As per policy we can't offer a refund after 30 days.");
  }

  @Test
  public void aRefusalByWindowEligibilityPersonOrLimitIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "I'm afraid refunds can only be requested after the trip is over.",
        "Sorry but cancellations have to be made at least 24 hours before departure.",
        "I'm afraid it's too late to make changes to this booking.",
        "You would need to be on a business plan to get this discount.",
        "We can't share any details unless you're named on the account.",
        "Unfortunately we need the account holder's permission to make any changes.",
        "We'd need the bill payer to get in touch with us for that.",
        "The fare you purchased doesn't permit changes.", "I'm afraid the maximum is 50.",
        "There's a limit of 4 per order on this item.", "Unfortunately there is no way to cancel your ride.",
        "Unfortunately we don't have a way to merge accounts.", "We can only offer store credit for sale items.",
        "We're only able to discuss the account with the named account holder.",
        "Accounts must be verified before we can make any changes.",
        "We don't currently deliver to the Channel Islands.", "Unfortunately we're unable to backdate the discount.",
        "Unfortunately, we can't cancel subscriptions on your behalf.",
        "Sadly we do not compensate for missed connections on separate tickets.");
    // a limit applied while the order goes ahead helps
    en.doesNotFind(Act.POLICY_AS_WEAPON, "There is a limit of 2 per customer on this item, so I've added 2 to your order.",
        "Orders are capped at 2, so we've placed yours for 2.");
    // a rule stated while the same sentence still helps
    en.doesNotFind(Act.POLICY_AS_WEAPON,
        "That's a Premium feature, and I've added a free month of Premium to your account so you can try it.",
        "Cancellation fees apply within 24 hours of the flight, but today you can cancel for free.",
        "This offer is only for new lines, but I can apply a loyalty discount to yours instead.");
    en.finds(Act.POLICY_AS_WEAPON, "That's a Premium feature, so you'd need to upgrade.",
        "Cancellation fees apply within 24 hours of the flight.",
        "This offer is only for new lines, and existing customers aren't eligible.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Sorry but we are unable to change your trip.",
        "I can only help you search for restaurants, I can't book them.",
        "You shouldn't have received an email if you're not eligible.",
        "We can't wait to see you on board!", "We're unable to reproduce this issue, can you send a screenshot?",
        "The maximum speed on your plan is 76Mb.", "You can return it within 30 days for a full refund.",
        "As that service left only 2 minutes before yours, it was not feasible to swap.");
  }

  @Test
  public void aTerseCheckThatTheFixWorkedIsACheck() {
    en.finds(Act.CHECK_SATISFACTION, "Everything working ok now?", "Still no joy?", "How are you getting on?",
        "How did the reset go?", "Have you been able to log in since?", "Were you able to stream it after that?",
        "Was the article helpful?", "Let us know if that changes anything.", "r u still having issues?",
        "Did you get everything you needed?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Have you been able to get in touch with us as advised?",
        "Hope this helps!", "Keep us posted.", "Were you able to speak to someone about your limits?",
        "Is it the iOS or the Android app?");
  }

  @Test
  public void whoTheRuleIsForAndWhileAStepIsOpenAreRefusalsByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "Sorry, but free delivery is only for orders over 40 pounds.",
        "Sorry, only the person who made the booking can cancel it.",
        "Refunds are processed to the original payment method only.",
        "Unfortunately the compensation scheme doesn't cover delays under 15 minutes.",
        "Sorry, we're not able to refund you while the case is still open.",
        "Once a claim is closed it cannot be reopened.", "Due to high demand, we're limiting orders to 2 per customer.",
        "We're unable to change the delivery slot within 24 hours of the delivery.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "You can cancel free of charge up to 24 hours before departure.",
        "Only 2 left in stock, so be quick!", "Members get free delivery on all orders.",
        "I'm unable to get through to that team right now, but I'll try again in an hour.",
        "We cannot guarantee a window seat but we've added a request.");
    en.finds(Act.CHECK_SATISFACTION, "Did that get it working?", "How are things now?",
        "Have you had any more trouble since?", "Has it happened again since?", "You all set now?",
        "How's the new phone working?", "Have you noticed any improvement?", "Is your broadband back to full speed?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Have you noticed this on other devices?", "Did it arrive damaged?",
        "How long has this been happening?", "Hope that clears things up.", "How are you today?");
  }

  @Test
  public void aReasonOfSafetyHygieneOrLawGivenForANoIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "For hygiene reasons, earrings can't be returned.",
        "We aren't able to share the driver's contact details for safety reasons.",
        "For security reasons we don't give out passwords over the phone.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "For security reasons, please don't share your account number here.",
        "For your security, please don't post personal details publicly.");
  }

  @Test
  public void whoAThingIsForAndNoOneElseIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "The pool is for hotel guests only.",
        "Access to the lounge is restricted to Gold members.", "That promotion is only for new lines.",
        "Sorry, members only.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "This offer is available to all customers.",
        "Our lounges are for everyone, not just members.");
  }

  @Test
  public void aPaidTierOrAPlanThatLeavesItOutIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "Offline listening is a Premium feature, so it's not available on the free tier.",
        "You'll need a Premium account to use this feature.", "International calls aren't included in your bundle.",
        "Sorry, Premium is needed to download music.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Your plan includes international calls.",
        "Premium includes offline listening, here's how to turn it on.");
  }

  @Test
  public void aRuleBrokenAsTheReasonIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "Your review was removed because it didn't meet our community guidelines.",
        "Your account was suspended for violating our terms of service.",
        "We had to cancel your order as it breached our terms.", "The listing was taken down for breaking our rules.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Your review meets our guidelines and is now live.");
  }

  @Test
  public void notDueUntilAndWaitingForAContractToEndAreRefusalsByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "You're not due an upgrade until next year.",
        "You're not eligible for an upgrade until June.", "You'll have to wait until your contract ends to upgrade.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Your upgrade is ready, you don't need to wait until your contract ends.",
        "You're due an upgrade now, shall I send you the options?");
  }

  @Test
  public void anOfferWhoseTimeIsOverIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "The deal was only valid until 31 March.",
        "This is a limited time offer and it has now ended, sorry.",
        "That promo code expired last week, so it won't work on your order.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "The code is valid until 31 March, so you still have time to use it.",
        "That sale ended yesterday but I've applied the discount anyway.");
  }

  @Test
  public void aFeeTheRulesApplyIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "Cancellation fees apply if you cancel more than 2 minutes after requesting.",
        "Late cancellations are charged in full.",
        "Because you cancelled within 24 hours of departure, the fare is forfeited.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "There's no cancellation fee, so you can cancel for free.",
        "I've waived the cancellation fee for you.");
  }

  @Test
  public void aLimitReachedOrPassedIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "You've reached the maximum number of devices on your plan.",
        "That exceeds the maximum booking size, sorry.", "You've used up your free returns for this month.",
        "I'm sorry but I can't make a booking for that many people.", "The maximum number of people per table is 8.",
        "Bookings are for a maximum of 14 nights.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "You haven't reached your limit yet, so you can still add one more.");
  }

  @Test
  public void aRuleForEveryoneOrOneAnotherPartySetsIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "Sorry, that's just the way it is.", "That's the rule across all our stores.",
        "I'm afraid the same rule applies to all customers.",
        "That's set by the airline, so there's nothing we can change there.",
        "App Store purchases have to be refunded by Apple.",
        "Ticket prices are set by the venue, so we're unable to change them.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Prices are set by the seller.");
  }

  @Test
  public void aVenueOrSystemThatDoesNotAllowItIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "The museum does not allow food or drinks inside.",
        "I'm afraid the hotel won't allow check in before 3pm.",
        "I'm sorry, the system won't let me book a table for more than 8.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "The hotel allows check-in from 3pm.",
        "The restaurant does not offer vegan options.");
  }

  @Test
  public void aKindOfCaseRefusedOrAStateGivenAsTheReasonIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "We don't refund for change of mind.",
        "Hotel vouchers aren't provided for weather delays as it's beyond our control.",
        "Tickets bought from resellers aren't valid.", "The fare you booked has no refund value.",
        "Since your order has already been dispatched, we can't cancel it.",
        "Unfortunately, as the item has been opened we can't take it back.",
        "Once a subscription renews we're unable to refund it.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Since your order has already shipped, I've set up a free return for you.",
        "As your order has been dispatched, you'll receive a tracking link shortly.");
  }

  @Test
  public void whatTheCustomerWouldHaveToBeIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "You would need to be 18 to open an account.",
        "I'm sorry but you have to be a member to book this class.",
        "Unfortunately under 18s can't stay without an adult.", "I'm sorry, the hotel has a two night minimum stay.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "You need to be over 18 to hold an account, and I can see you are, so you're all set.",
        "You'll need to be signed in to see your order history.");
  }

  @Test
  public void aDatePastACoverLimitOrCriteriaUnmetAreRefusalsByRuleButAnAssistantsReachIsNot() {
    en.finds(Act.POLICY_AS_WEAPON, "We can't reissue the ticket because it's past the travel date.",
        "Returns are accepted within 30 days only, and your order was 45 days ago.",
        "The guarantee only covers manufacturing faults, not accidental damage.",
        "Your application was declined in line with our lending criteria.",
        "The return was rejected because the item showed signs of wear.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Your card was declined because the bank flagged the payment, please try again.",
        "Our warranty covers accidental damage too, so we'll repair it for free.",
        "Sorry, I can only book flights, not hotels.", "I'm only able to search for restaurants, I can't order food.");
  }

  @Test
  public void aHousePolicyNamedAsTheNoIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "We have a strict no refund policy on sale items.",
        "It's our policy not to give refunds on opened software.", "We have a policy of not refunding shipping costs.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "We have a price match policy that lets you claim the difference.");
  }

  @Test
  public void whetherTheAnswerHelpedOrTheRemedySuitsIsACheck() {
    en.finds(Act.CHECK_SATISFACTION, "Did you find that helpful?", "Did you find the article useful?",
        "Does that cover everything?", "Did this answer everything?", "Let us know if that's what you were after.");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Did you find the order in your account history?",
        "Did you receive an email from us about this?");
    en.finds(Act.CHECK_SATISFACTION, "Does that seem fair to you?", "Does that suit you?", "Sound good?",
        "Does that sound reasonable?", "How do you feel about that solution?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "That doesn't sound good, can you DM us the details?");
  }

  @Test
  public void whetherTheFixDidItOrTheThingPutRightWorksIsACheck() {
    en.finds(Act.CHECK_SATISFACTION, "Has that done the trick?", "Has that done it?",
        "Did our team manage to get this sorted for you?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "We hope to have it sorted soon.");
    en.finds(Act.CHECK_SATISFACTION, "Is the new card working?", "Is the refund showing on your statement now?",
        "Are you getting a signal now?", "How's the new router working out?", "Has your connection been stable since?",
        "Working for you now?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Is the issue happening on the app or the website?",
        "Are you getting an error message when you log in?");
  }

  @Test
  public void howTheRemedyWentIsACheck() {
    en.finds(Act.CHECK_SATISFACTION, "Did everything go smoothly with your return?",
        "How was your experience with the replacement?", "Did it all go well with the engineer visit?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "How was the item damaged?",
        "Did everything arrive in one box or in several?");
  }

  @Test
  public void aTimeBookedForTheNextStepIsATimeline() {
    en.finds(Act.CONCRETE_TIMELINE, "The engineer is booked for 9am tomorrow.", "I've booked an engineer for 9am tomorrow.",
        "A callback is scheduled for 4 PM.", "Your replacement is booked for delivery on Friday between 8am and 12pm.",
        "The technician's visit is scheduled for 2 pm on Thursday.",
        "I have booked you an appointment with our engineer at 10 am tomorrow.",
        "I've scheduled a callback for 4 PM today.", "We've set up a call with our billing specialist for 3pm.",
        "I have rescheduled your delivery for 10:30 on Monday.");
    en.doesNotFind(Act.CONCRETE_TIMELINE, "I've booked a table for you at 7pm.", "Your table is booked for 7:30 tonight.",
        "I've booked your table for 8 PM today.", "Your appointment was scheduled for 3pm but nobody came.");
  }

  @Test
  public void whatABookingOrAListingHoldsIsNoTimeline() {
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Your table is booked for 7:30 pm on Friday.",
        "The train leaves Cambridge at 10:15 and arrives in London at 11:05.", "The journey takes about 79 minutes.",
        "The concert is on March 14th at the O2.", "The earliest flight leaves at 6:05 am and lands at 9:20 am.",
        "You have a meeting with John on Monday at 10.", "Your alarm is set for 7 am tomorrow.",
        "I've set a reminder for your dentist on Wednesday at 2pm.", "Your stay is from 12 June to 15 June.",
        "The bus takes 25 minutes.", "It's a 20 minute walk from the station.",
        "Your subscription renews on the 5th of every month.", "Rides can be scheduled up to 30 minutes in advance.",
        "The service is suspended from 29 Oct 2017 until 24 March 2018.", "4 pm is available, would you like it?");
    en.finds(Act.CONCRETE_TIMELINE, "Your ride is 7 minutes away.", "Your driver will arrive in about 4 mins.",
        "The engineer will be with you tomorrow between 8am and 12pm.", "You'll see the credit on your next bill.",
        "Your flight is now expected to depart at 6:40pm.", "Check-in is at 3 pm.");
  }

  @Test
  public void aHopeAPurposeOrALookWhileTheCustomerWaitsIsNoVaguePromise() {
    en.doesNotFind(Act.VAGUE_PROMISE, "Hopefully it'll be back in stock soon.",
        "Please fill in the form so that we can get in touch with you.", "The total will be shown at check out.",
        "We'll do our best not to repeat any steps you've already tried.",
        "Let me check that for you, one moment please.", "Send us a DM and we'll look into it from there.");
    en.finds(Act.VAGUE_PROMISE, "We'll look into this and be in touch.", "We'll get back to you as soon as we can.",
        "Hopefully we'll have an update for you soon, we'll be in touch.");
  }

  @Test
  public void aCheckThatAsksANewQuestionIsNoRestatement() {
    en.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Just to be sure, are you on iOS or Android?",
        "Just to check, were you able to restart the router?",
        "Just to confirm, which email address is on the account?", "Can you confirm your order number for us?",
        "Could you please confirm the email address on the account?",
        "Can you confirm you're using the latest version of the app?", "Sounds like you had a great time at the show!",
        "Hope so! You're very welcome.", "Have you mentioned that to the store?",
        "Just to confirm; what's the tracking number?");
    en.finds(Act.CONFIRM_UNDERSTANDING, "Just to check, are you not able to log in at all?",
        "Just to confirm, you'd like a refund rather than a replacement?",
        "Can you confirm you want me to cancel the order?",
        "Sounds like you're being charged after cancelling, is that right?");
  }

  @Test
  public void theEnglishPartOfACodeMixedLineIsReadForTheWeakActs() {
    DetectionAssertions hi = new DetectionAssertions("hi", "Sam", "Acme Electronics");
    DetectionAssertions ur = new DetectionAssertions("ur", "Sam", "Acme Electronics");
    hi.finds(Act.POLICY_AS_WEAPON, "Ye offer sirf naye customers ke liye hai, the promotion is only for new customers.",
        "Maaf kijiye, the fare you booked has no refund value.");
    hi.finds(Act.CHECK_SATISFACTION, "Aapka issue theek hua? Did you find that helpful?");
    ur.finds(Act.POLICY_AS_WEAPON, "Maazrat, ye deal only valid until 31 March thi.");
    ur.finds(Act.CHECK_SATISFACTION, "Kya ab sab theek hai? Is the new card working?");
  }

  @Test
  public void theRulePointedAtAsTheAnswerIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "Please refer to our returns policy here: https://t.co/abc",
        "Sorry, you can see the full terms and conditions of the offer here.", "This is in line with our terms of service.",
        "Due to the holidays we've extended the delivery window for standard orders.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "As per our policy, we'll send you a replacement free of charge.",
        "In line with our promise, we've refunded the difference.", "We've extended the returns window for you to 60 days.");
  }

  @Test
  public void aSecurityMeasureAHouseLimitOrAClassOfCustomerIsARefusalByRule() {
    en.finds(Act.POLICY_AS_WEAPON, "As a security measure, we can't make changes to the account over the phone.",
        "We only allow one name change per booking.", "The airline only permits one carry-on bag per passenger.",
        "Sale items can't be refunded under any circumstances.",
        "Under no circumstances can we release the keys to a third party.", "Lounge access is only for Business Class passengers.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "We only need your order number to get this started.",
        "Please don't share your details for any reason on public channels.");
  }

  @Test
  public void aCaseClosedOnlyOnceTheCustomerIsHappyIsACheck() {
    en.finds(Act.CHECK_SATISFACTION, "Are you happy for us to close this case?", "Is it ok to mark this ticket as resolved?",
        "Can we close this query as resolved?", "Did I answer all your questions?", "How are you finding the new plan?",
        "Are you enjoying the new phone?", "Fingers crossed that does it, let us know!");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Can we close your old account first?",
        "How are you finding our website today, looking for anything in particular?");
  }

  @Test
  public void routinePoliteLinesAreNotMisread() {
    en.doesNotFind(Act.CONCRETE_TIMELINE, "You have until Friday to let us know which one you'd like.",
        "The last statement used an estimate from June.", "Just calling to remind you about your check-up tomorrow at 2:30.",
        "The store told you the refund would go through in a day or two.");
    en.finds(Act.CONCRETE_TIMELINE, "The refund will go through in a day or two.", "We'll ring you tomorrow at 2:30.",
        "The driver should be with you in about half an hour.", "Hang on, it'll be five minutes.");
    en.doesNotFind(Act.CONFIRM_UNDERSTANDING, "Could you say the postcode again?",
        "I've applied a discount to the plan so you're not paying twice.");
    en.finds(Act.CONFIRM_UNDERSTANDING, "So you're not able to sign in?", "You said the screen goes black, is that right?");
    en.doesNotFind(Act.OFFER_HELP, "Is there anything else you need a hand with?", "Any other bits you need a hand with today?");
    en.finds(Act.ANYTHING_ELSE, "Any other bits you need a hand with today?");
    en.doesNotFind(Act.VAGUE_PROMISE, "Let me know, and I'll see what I can do.", "Ring us back and we'll see what we can do.");
    en.finds(Act.VAGUE_PROMISE, "We'll see what we can do.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "It's over the monthly limit, but my manager can approve it.",
        "As per bank guidelines, the amount will be reversed within 5 working days.",
        "There's nothing I can do myself, that's up to the doctor.");
    en.finds(Act.POLICY_AS_WEAPON, "You're over the monthly limit.", "There's nothing I can do.");
    en.finds(Act.OFFER_HELP, "If you'd like, I can walk you through the settings.", "We can send a courier for it if you want.");
  }

  @Test
  public void curtLinesAreStillRude() {
    en.finds(Act.DISCOURTESY, "Technicians are busy, you'll just have to wait.", "No refunds, end of story.",
        "I've told you twice now.", "I told you three times already.", "That's a you problem, mate.",
        "Why didn't you mention that earlier?", "Stop messaging us again and again.", "The courier can't wait all day.");
    en.doesNotFind(Act.DISCOURTESY, "You'll have to wait for the engineer, he'll be there within 2 hours.",
        "Sorry to keep you waiting, thanks for your patience.");
    en.finds(Act.APOLOGY, "sry for the wait", "soz, my mistake");
  }

  @Test
  public void mentionsOfTimeWithoutAPromiseAreNoTimelines() {
    // validity, a window that lapses by itself, opening hours named by a unit
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Your gift voucher is good till the 30th of June, so no rush.",
        "The coupon stays usable until March 15th.", "Your password reset link will expire after 2 hours.",
        "Deleted files will be removed after 30 days.", "We only answer calls during business hours.");
    // what the customer is asked to do by a date is their deadline
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Please send us the photos by Thursday so we can process the claim.",
        "Could you return the form by tomorrow?", "Please let us know a time in the next week when you're home.");
    // a rule for the customer's own window, and how the card scheme then helps
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Chargebacks must be raised within 90 days of the transaction.",
        "Claims have to be filed within 60 days of the incident.");
    en.doesNotFind(Act.POLICY_AS_WEAPON, "Claims need to be submitted within 30 days for our team to review them.",
        "Returns must be made within 14 days so that we can process the refund.");
    en.finds(Act.POLICY_AS_WEAPON, "Sorry, damage must be reported within 24 hours, so we can't accept this claim.");
    // past records and past actions
    en.doesNotFind(Act.CONCRETE_TIMELINE, "The records show the last payment went through on 4 March.",
        "Records show your meter was read on Tuesday at 10:15.",
        "The earlier bill was from January and the one before on 12 October.",
        "The deposit received on 14/05 at 3:20 pm cleared the balance.", "You called us on Wednesday about the fee.",
        "The package was left with your neighbour at number 12 on Tuesday at 2pm.",
        "Your parcel was dropped off at the post office on Monday at 9:20.",
        "The outage began after the maintenance window on Saturday night.");
    // what someone else may have said, quoted, and a read-back of a booking
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Your agent might have said 'tomorrow', but nothing is booked.",
        "The 'delivered by 5pm' text was sent by mistake.", "As per your reservation, check-in is at 3pm on the 12th.",
        "According to your booking confirmation, your flight leaves on Friday at 6:40.");
    en.doesNotFind(Act.CONFIRM_UNDERSTANDING,
        "You mentioned the app crashes on startup, so the first thing to try is clearing the cache.",
        "You said the router is new, so you can skip the firmware update.");
    en.finds(Act.CONFIRM_UNDERSTANDING, "You said your card was stolen, so you'd like it cancelled?");
  }

  @Test
  public void promisesNextToMentionsOfTimeAreStillTimelines() {
    en.finds(Act.CONCRETE_TIMELINE, "Your order placed on Monday will arrive on Friday.",
        "We sent it on Monday, so it should arrive by Thursday.",
        "The package was left at the door and will be collected on Friday.",
        "The package was delivered to the wrong address and will be redelivered on Friday.",
        "The problem started after the update on Friday and we'll fix it by Monday.",
        "I will send you the form by Thursday.", "We will raise the chargeback within 2 days.",
        "I'll send the replacement today and it will be valid until the 31st.");
    // a support ticket is no booking: the engineer still comes tomorrow
    en.finds(Act.CONCRETE_TIMELINE, "I've raised a ticket and an engineer will call you tomorrow.",
        "The ticket is logged and the technician will visit you tomorrow between 8 and 12.");
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Your ticket for the concert is for Friday at 8pm.");
    // half past, business hours, a window of two clock times, what happens by itself after a wait
    en.finds(Act.CONCRETE_TIMELINE, "We'll call you at half three to confirm.",
        "The courier will come by half past ten tomorrow.", "Our team will respond within 2 working hours.",
        "Your delivery window is 9:00-11:00.", "The driver's slot is 14:00 to 16:00.",
        "The block will lift automatically after 48 hours.");
  }

  @Test
  public void scornForTheCustomerAndTroublePlacedOnOurSide() {
    en.finds(Act.DISCOURTESY, "Can't you read?", "I don't have all day.", "Whatever.", "Are you even listening?",
        "Google it.", "Do you understand English?", "You people never read anything.", "I'm not going to repeat myself.",
        "Ok, whatever, I'll open a ticket.", "Please stop.", "Stop sending us the same email.");
    en.doesNotFind(Act.DISCOURTESY, "Whatever works best for you.", "You can read our policy here.",
        "I'm not going to charge you again.", "Really? That's wonderful news!");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "The delay was totally on our end.", "This one is on us.",
        "That's totally on us.", "The problem is on our end and we are fixing it.");
    en.doesNotFind(Act.ACCEPT_RESPONSIBILITY, "The issue is not on our end.", "We're not seeing any issues on our end.",
        "Lunch is on me.");
  }

  @Test
  public void passiveAggressiveRemindersAreDiscourtesy() {
    en.finds(Act.DISCOURTESY, "Per my last email, the deadline was yesterday.", "I'm not your personal assistant.",
        "Kindly do not email again regarding this matter.", "It's in the FAQ, please read before you comment.");
    en.doesNotFind(Act.DISCOURTESY, "As per my previous email, your refund was issued on Monday.",
        "You don't need to email again, the refund is on its way.");
  }

  @Test
  public void howThingsImproveAndAFollowUpOnAFixAreChecks() {
    en.finds(Act.CHECK_SATISFACTION, "Let us know via DM how things improve after testing on the new iOS version.",
        "Hi Jeffrey, we wanted to check if you had managed to install Lightroom Classic CC.");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Let us know how many tickets you need.");
  }

  @Test
  public void aFixAskedAfterInOtherWordsIsACheck() {
    en.finds(Act.CHECK_SATISFACTION, "server's been restarted, GL out there lmk if the lag is still bad",
        "Try resetting the thermostat and see if it reconnects. Keen to hear if that works!",
        "I've lowered your direct debit to £64 a month. Is that more manageable for you?",
        "I've reapplied the voucher. Does the total look right now?",
        "Hope that sorts it – let us know either way!",
        "Please let me know if everything now looks correct.",
        "Hopefully that's you sorted! If the controller still won't pair, just drop us another message.",
        "Done! The Basic plan kicks in at your next renewal. Does that all make sense?",
        "Your new boarding pass is in the app, can you confirm you can see it?");
    en.doesNotFind(Act.CHECK_SATISFACTION, "Does that look right? Your address is 12 High Street.",
        "Let me know if the address is correct.");
    en.finds(Act.POLICY_AS_WEAPON, "That tariff is closed to new customers and our system won't let us switch you onto it.",
        "It's not our process to withdraw a debt collection referral once it's been made.");
    en.finds(Act.ACCEPT_RESPONSIBILITY, "That's a bug on our side, sorry!");
    en.finds(Act.DISCOURTESY, "There's no need to shout, sir.");
    en.doesNotFind(Act.DISCOURTESY, "There's no need to apologise!");
    // a period a rule sets is no timeline for a next step
    en.doesNotFind(Act.CONCRETE_TIMELINE, "Our contracts do have a 30-day cooling-off period.",
        "Cancellations within 60 days of sailing forfeit the full fare per the booking conditions.");
  }
}
