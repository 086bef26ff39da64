"""Generate data/coding/markers_insecure.jsonl: hand-written turn examples for the avoidant
(25, 28, 35, 36, 61) and preoccupied (41, 44, 52, 54, 62) markers.

Every line is original. Run: .venv/bin/python data/coding/_src/markers_insecure.py
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "markers_insecure.jsonl"
T, C, X = "therapy", "couple", "text"


def e(register, ctx, text, evidence, more=(), rup=()):
    """One example; ctx is None, a string or a list of listener turns (oldest first)."""
    if ctx is None:
        ctx = []
    elif isinstance(ctx, str):
        ctx = [ctx]
    listener = "therapist" if register == T else "partner"
    speaker = "patient" if register == T else "partner"
    return {
        "register": register,
        "context": [{"role": listener, "text": c} for c in ctx],
        "role": speaker,
        "text": text,
        "more": list(more),
        "ruptures": [{"subtype": s, "salience": n} for s, n in rup],
        "evidence": evidence,
    }


DATA: dict[int, list[dict]] = {}

# 25 fails to respond to an inquiry about distress: the listener asks about feelings, the reply
# answers facts, logistics or something else.
DATA[25] = [
    e(
        T,
        "How did it feel when she hung up on you?",
        "She hung up around nine, I think. Then I went and did the dishes.",
        "She hung up around nine, I think.",
    ),
    e(
        T,
        "You mentioned the diagnosis. What's that been like for you, emotionally?",
        "The oncologist wants another scan in March, and then they'll decide between the two protocols.",
        "The oncologist wants another scan in March",
    ),
    e(
        T,
        "I noticed your voice dropped when you mentioned your dad. What's happening inside right now?",
        "(shrugs) Not much. Anyway, the funeral was small, maybe thirty people.",
        "Anyway, the funeral was small, maybe thirty people.",
        rup=[("denial", 2)],
    ),
    e(
        T,
        "When your partner said that, what did you feel?",
        "Well, technically he was right about the budget. We were over by about two hundred.",
        "technically he was right about the budget",
    ),
    e(
        T,
        "How are you holding up since the layoff?",
        "I've updated my CV and I'm sending out three applications a day.",
        "I've updated my CV and I'm sending out three applications a day.",
    ),
    e(
        T,
        "What's it like for you to be talking about the miscarriage today?",
        "It was at eleven weeks. The hospital was pretty efficient, to be fair.",
        "The hospital was pretty efficient, to be fair.",
    ),
    e(
        T,
        "You look tense today. Is something bothering you?",
        "Did you move the chair? It used to be by the window.",
        "Did you move the chair?",
        rup=[("topic_shift", 3)],
    ),
    e(
        T,
        ["Last week you said you'd been crying at night.", "How has that been since?"],
        "I've been going to bed later, mostly. The series I'm watching has long episodes.",
        "I've been going to bed later, mostly.",
    ),
    e(
        T,
        "How do you feel about your son not calling on your birthday?",
        "He's got two kids under five and a long commute, so.",
        "He's got two kids under five and a long commute, so.",
    ),
    e(
        T,
        "Can you tell me what the loneliness is like these days?",
        "I go to the library on Tuesdays, and there's a walking group on Sunday mornings.",
        "I go to the library on Tuesdays",
    ),
    e(
        T,
        "What came up for you when your sister didn't invite you?",
        "The wedding's in Porto. Flights would have been expensive anyway.",
        "The wedding's in Porto.",
    ),
    e(
        T,
        "How are you feeling about the divorce being finalised?",
        "The paperwork went through on the fourteenth. My lawyer says the house sale should close next month.",
        "The paperwork went through on the fourteenth.",
    ),
    e(
        T,
        "Where do you notice the anxiety in your body right now?",
        "I'd say the practical issue is scheduling. If I could get the project timeline sorted, we wouldn't need to talk about this.",
        "the practical issue is scheduling",
    ),
    e(
        T,
        "You went quiet just now. What are you feeling?",
        "[silence] ... Should we go over the homework from last time?",
        "Should we go over the homework from last time?",
        rup=[("topic_shift", 3)],
    ),
    e(
        T,
        "How has it been for you since your mum moved into the care home?",
        "It's a decent place. They have a garden, and the staff rotate every twelve hours.",
        "It's a decent place.",
    ),
    e(
        T,
        "Does it hurt when he forgets these things?",
        "He forgot our anniversary in 2019 as well, and the year before it was the dentist appointment.",
        "He forgot our anniversary in 2019 as well",
    ),
    e(
        T,
        "I'm wondering how frightened you were in that moment.",
        "The car was doing maybe forty. The other driver pulled out of the petrol station on the left.",
        "The car was doing maybe forty.",
    ),
    e(
        T,
        "How do you feel when she criticises you in front of the team?",
        "The meeting was on Monday. We were going through the Q3 numbers and she had the slides up.",
        "We were going through the Q3 numbers",
    ),
    e(
        T,
        "What's the sadness like this week?",
        "This week was mostly about moving flats. We got the keys on Thursday.",
        "This week was mostly about moving flats.",
    ),
    e(
        T,
        "How did you feel when the test came back positive?",
        "I rang the clinic to book the follow-up, then I rang work to say I'd be late in.",
        "I rang the clinic to book the follow-up",
    ),
    e(
        T,
        "You said you've been struggling. Struggling how?",
        "Oh, that's a figure of speech really. I'm sleeping, I'm eating. Work's busy.",
        "that's a figure of speech really",
        rup=[("denial", 2)],
    ),
    e(
        T,
        "What is it like to sit here with me and talk about your brother?",
        "He was three years older than me. Studied engineering, worked offshore for a while.",
        "He was three years older than me.",
    ),
    e(
        C,
        "You seem really down since the call with your mum. Are you okay?",
        "She wants us there on the twenty-third, not the twenty-fourth. I'll check the train times.",
        "I'll check the train times.",
    ),
    e(
        C,
        "What's going on with you? You've barely said a word all evening.",
        "Did you remember to pay the water bill? It was due yesterday.",
        "Did you remember to pay the water bill?",
        rup=[("topic_shift", 2)],
    ),
    e(
        C,
        "How are you feeling about the interview tomorrow? You look stressed.",
        "It's at ten, on the fourth floor. I've printed two copies of my portfolio.",
        "It's at ten, on the fourth floor.",
    ),
    e(
        C,
        "You've been crying. What happened?",
        "I was chopping onions. Is the oven on?",
        "I was chopping onions. Is the oven on?",
        rup=[("denial", 3)],
    ),
    e(
        C,
        "Are you upset about what my dad said at dinner?",
        "Your dad's views on immigration are pretty well documented by now.",
        "Your dad's views on immigration are pretty well documented by now.",
    ),
    e(
        C,
        "I can tell the biopsy's on your mind. How are you really doing with it?",
        "Results take seven to ten working days. I've put a reminder in my calendar.",
        "Results take seven to ten working days.",
    ),
    e(
        C,
        "Does it bother you that we haven't slept together in a while?",
        "It's been about six weeks, I think. Since your conference.",
        "It's been about six weeks, I think.",
    ),
    e(
        C,
        "What's wrong? And don't say nothing.",
        "The car's making that rattling noise again. I'm taking it in on Saturday.",
        "The car's making that rattling noise again.",
    ),
    e(
        C,
        "How do you feel about Emma leaving for uni?",
        "Her halls are twenty minutes from the station. We can get her stuff up in one trip if we fold the seats.",
        "Her halls are twenty minutes from the station.",
    ),
    e(
        C,
        "You were sharp with the kids earlier. Is something getting to you?",
        "Leo left his football boots on the stairs again. Someone's going to trip on them.",
        "Leo left his football boots on the stairs again.",
    ),
    e(
        C,
        "Are you sad about selling the boat?",
        "We got a fair price. The buyer's paying cash.",
        "We got a fair price.",
    ),
    e(
        C,
        "How are you, since the funeral? Really, I mean.",
        "The caterers still haven't sent the final invoice, which is typical.",
        "The caterers still haven't sent the final invoice",
    ),
    e(
        C,
        "You looked hurt when I laughed at your idea. Were you?",
        "The idea needs work, I know. I'll put some numbers together.",
        "I'll put some numbers together.",
    ),
    e(
        X,
        "u ok? u seemed really off at lunch",
        "did u end up booking the dentist",
        "did u end up booking the dentist",
        rup=[("topic_shift", 2)],
    ),
    e(
        X,
        "how r u feeling after the doctor thing",
        "they took bloods. results monday",
        "they took bloods. results monday",
    ),
    e(
        X,
        "are you upset with me? be honest",
        "traffic is insane rn, gonna be 20 min late",
        "traffic is insane rn",
    ),
    e(
        X,
        "hey. hows your heart after yesterday",
        "went for a run this morning, 8k",
        "went for a run this morning, 8k",
    ),
    e(
        X,
        "r u sad about the job?? talk to me",
        "they went w an internal candidate. what do u want for dinner",
        "what do u want for dinner",
    ),
    e(
        X,
        "whats going on w u lately, u seem so anxious",
        "need to renew my passport btw, it expires in june",
        "need to renew my passport btw",
    ),
    e(
        X,
        "how are u taking the news about grandpa",
        "mums organising everything. service is thurs at 2",
        "service is thurs at 2",
    ),
    e(
        X,
        "does it hurt that she didnt invite u",
        "its a small wedding. like 40 ppl",
        "its a small wedding. like 40 ppl",
    ),
    e(
        X,
        "how do u feel rn. honestly",
        "honestly? hungry. are we out of bread",
        "are we out of bread",
    ),
]

# 28 dismisses an offer of support.
DATA[28] = [
    e(
        T,
        "Would it help if we slowed down and stayed with this for a minute?",
        "No, let's keep going. I don't need to sit with it.",
        "I don't need to sit with it.",
        rup=[("rejects_intervention", 2)],
    ),
    e(
        T,
        "I'd like to be here for you with this. You don't have to carry it alone.",
        "That's kind, but I've always managed on my own. It's fine.",
        "I've always managed on my own",
    ),
    e(
        T,
        "If you want, we could add an extra session this week, given everything.",
        "There's no need for that. It's one bad week.",
        "There's no need for that.",
    ),
    e(
        T,
        "I can give you the details of a bereavement group that meets near you.",
        "(laughs) Sitting in a circle with strangers? I'll pass.",
        "I'll pass.",
        rup=[("rejects_intervention", 3)],
    ),
    e(
        T,
        "Let me help you think through how to tell your parents.",
        "I know how to talk to my own parents, thanks. That's not what I came for.",
        "I know how to talk to my own parents, thanks.",
    ),
    e(
        T,
        "It sounds like you could use some comfort right now. Can I offer some?",
        "I'm not a child. I just need to get through the week.",
        "I'm not a child.",
    ),
    e(
        T,
        "Would you like a moment? There are tissues right beside you.",
        "(wipes eyes) I'm all right. Hay fever, honestly.",
        "I'm all right.",
        rup=[("denial", 3)],
    ),
    e(
        T,
        "Maybe your friends could help with the kids while you recover?",
        "They've got their own lives. I'd rather not owe anyone.",
        "I'd rather not owe anyone.",
    ),
    e(
        T,
        "I'm happy to go through the breathing exercise with you again.",
        "Not necessary. I've read about it, I get the principle.",
        "Not necessary.",
    ),
    e(
        T,
        "I wonder if your husband could take over some of the care for your mother.",
        "He'd do it wrong and I'd end up redoing it. Easier if I just handle it.",
        "Easier if I just handle it.",
    ),
    e(
        T,
        "You can call the clinic line if it gets bad over the weekend.",
        "Appreciated, but I won't. I don't ring people at weekends.",
        "Appreciated, but I won't.",
    ),
    e(
        T,
        "We could look at ways of getting you some support at work, maybe through HR.",
        "HR? God, no. Then it's on my file.",
        "HR? God, no.",
    ),
    e(
        T,
        "I'd like to help you with this, if you'll let me.",
        "I'm not sure there's anything to help with. I'm here because my wife asked me to come.",
        "I'm not sure there's anything to help with.",
    ),
    e(
        T,
        "It might be good to lean on your brother a bit right now.",
        "Lean on Mark? He can barely keep a houseplant alive. No, I'm fine.",
        "No, I'm fine.",
    ),
    e(
        T,
        "Could we work on this together, one step at a time?",
        "I'd prefer to figure it out myself first and report back.",
        "I'd prefer to figure it out myself first",
    ),
    e(
        T,
        "I'm here if you want to talk about the assault. We can go at your pace.",
        "There's nothing to say that isn't already in the police report.",
        "There's nothing to say that isn't already in the police report.",
    ),
    e(
        T,
        "Would it be worth asking your GP about some medication to support you?",
        "I don't want to be propped up by pills. I'll tough it out.",
        "I'll tough it out.",
    ),
    e(
        T,
        "You've been carrying a lot. Would it help to just vent for a bit?",
        "Venting doesn't change anything. Let's do something useful with the hour.",
        "Venting doesn't change anything.",
        more=[36],
    ),
    e(
        T,
        "I'd be glad to write a letter to your employer supporting the leave.",
        "Thanks, but I'd rather they didn't know I'm seeing anyone.",
        "Thanks, but I'd rather they didn't know",
    ),
    e(
        T,
        "Maybe you could let yourself be looked after a little while the leg heals?",
        "(shakes head) I've got crutches and a microwave. I'm set.",
        "I'm set.",
    ),
    e(
        T,
        "It sounds lonely. Could we think about who might keep you company on the anniversary?",
        "I'd rather be alone that day, honestly. People make it awkward.",
        "I'd rather be alone that day",
    ),
    e(
        T,
        "If it helps, I can stay on a few minutes after the hour today.",
        "Don't bother, really. I've got a train to catch.",
        "Don't bother, really.",
    ),
    e(
        C,
        "Let me come with you to the appointment. I can take the morning off.",
        "Don't be silly, it's a routine scan. You'd just be sitting in the car park.",
        "Don't be silly, it's a routine scan.",
    ),
    e(
        C,
        "Come here. Do you want a hug?",
        "(steps back) I'm okay. I just need to finish this email.",
        "I'm okay. I just need to finish this email.",
    ),
    e(
        C,
        "I can ring your sister and explain, if you don't want to deal with her.",
        "I don't need you fighting my battles.",
        "I don't need you fighting my battles.",
    ),
    e(
        C,
        "Why don't I take the kids tomorrow so you can rest?",
        "Stop fussing, I'm not tired.",
        "Stop fussing",
    ),
    e(
        C,
        "Do you want to talk about what happened at work? I've got time.",
        "Not really. Talking about it just drags it out.",
        "Talking about it just drags it out.",
    ),
    e(
        C,
        "I've got some savings. I could help with the rent this month.",
        "Absolutely not. I'm not taking your money.",
        "Absolutely not. I'm not taking your money.",
    ),
    e(
        C,
        "I could make us some tea and we could just sit for a bit?",
        "I'm good. Go and watch your programme.",
        "I'm good. Go and watch your programme.",
    ),
    e(
        C,
        "If my parents get too much, I'll ask them to leave early. Just say the word.",
        "It's three days. I'll survive.",
        "I'll survive.",
    ),
    e(
        C,
        "Let me help with the presentation, I'm decent at slides.",
        "Thanks, but it's quicker if I do it myself.",
        "it's quicker if I do it myself",
    ),
    e(
        C,
        "I'll stay in tonight if you want company. You've had a rough day.",
        "Go out, honestly. I'd rather just have an early night.",
        "Go out, honestly.",
    ),
    e(
        C,
        "Do you want me to go through those messages from your ex with you?",
        "No. It's handled, I blocked him.",
        "No. It's handled",
    ),
    e(
        C,
        "Maybe we could see a counsellor together, someone to help us both through this?",
        "We don't need a stranger telling us how to live.",
        "We don't need a stranger telling us how to live.",
    ),
    e(
        C,
        "I know the chemo wipes you out. I can do the night feeds this week.",
        "I can still look after my own baby, thank you.",
        "I can still look after my own baby, thank you.",
    ),
    e(X, "want me to pick u up? its pouring", "nah ill walk", "nah ill walk"),
    e(X, "i can come over after work if u want company", "no need, im fine", "no need, im fine"),
    e(
        X,
        "do u want to talk abt it tonight",
        "not really. nothing to talk about",
        "nothing to talk about",
    ),
    e(
        X,
        "u can borrow my car while urs is in the garage",
        "its fine ill get the bus",
        "its fine ill get the bus",
    ),
    e(
        X,
        "heard about ur dad. here if u need anything x",
        "thx but all good. its sorted",
        "all good. its sorted",
    ),
    e(
        X,
        "let me bring u soup, u sound awful",
        "dont. its just a cold. ill live",
        "dont. its just a cold",
    ),
    e(
        X,
        "call me if the meeting goes badly ok? ill keep my phone on",
        "wont need to. its a meeting",
        "wont need to",
    ),
    e(X, "want me to talk to ur mum for u", "god no. leave it", "god no. leave it"),
    e(
        X,
        "im booking us a weekend away, u need a break",
        "pls dont spend money on that. i dont need a break",
        "i dont need a break",
    ),
]

# 35 attributes distress to an external cause (weather, body, boss, traffic), not to self or
# the relationship.
DATA[35] = [
    e(
        T,
        "You said you've been feeling low. What do you make of it?",
        "It's the time of year. No daylight until ten and dark by four.",
        "It's the time of year.",
    ),
    e(
        T,
        "What's been happening with your sleep?",
        "The neighbours' dog barks from about two in the morning. That's the whole story, really.",
        "The neighbours' dog barks from about two in the morning.",
    ),
    e(
        T,
        "Why do you think you snapped at your daughter?",
        "It was the new tablets. The doctor said irritability's a side effect.",
        "It was the new tablets.",
    ),
    e(
        T,
        "How come the panic attacks came back?",
        "My manager. Since she took over, the whole floor's been on edge.",
        "My manager.",
    ),
    e(
        T,
        "You seem on edge today.",
        "Three coffees and a bus that never came. That's all it is.",
        "Three coffees and a bus that never came.",
    ),
    e(
        T,
        "What do you think was going on when you cried at the party?",
        "I'd had wine on an empty stomach. Alcohol does that to me.",
        "I'd had wine on an empty stomach.",
    ),
    e(
        T,
        "Tell me about the anger.",
        "Honestly, it's the commute. Ninety minutes each way on the ring road would wind up a saint.",
        "Honestly, it's the commute.",
    ),
    e(
        T,
        None,
        "I've been a mess this month, but that's the perimenopause. My hormones are all over the place.",
        "that's the perimenopause",
    ),
    e(
        T,
        "You mentioned feeling hopeless last week.",
        "That was the news. I need to stop reading it before bed, with everything going on in the world.",
        "That was the news.",
    ),
    e(
        T,
        "What's made the last few weeks so hard?",
        "The landlord. He keeps threatening to sell and won't give us a straight answer.",
        "The landlord.",
    ),
    e(
        T,
        "Do you know what set off the row with Paul?",
        "His mother had been on the phone to him all afternoon. That's what started it.",
        "His mother had been on the phone to him all afternoon.",
    ),
    e(
        T,
        "How have you been since we last met?",
        "Rough, but that's the antibiotics. They knock you sideways.",
        "that's the antibiotics",
    ),
    e(
        T,
        "What's behind the tiredness, do you think?",
        "Low iron, probably. I keep meaning to get it tested.",
        "Low iron, probably.",
    ),
    e(
        T,
        "You sound frustrated with yourself.",
        "Not with myself. With the system. The council's lost my forms twice now.",
        "With the system.",
    ),
    e(
        T,
        "What do you think made you so anxious before the exam?",
        "The invigilators, to be honest. They kept pacing up and down behind our desks.",
        "The invigilators, to be honest.",
    ),
    e(
        T,
        "Where does the sadness come from, if you had to guess?",
        "Probably the weather. We've had rain eleven days straight.",
        "Probably the weather.",
    ),
    e(
        T,
        "You were quite upset when you came in.",
        "The receptionist was short with me, that's why. It threw me.",
        "The receptionist was short with me, that's why.",
    ),
    e(
        T,
        "What happened for you after the promotion fell through?",
        "I was in a bad way for a bit, but the restructure caused all that. Nobody could have planned for it.",
        "the restructure caused all that",
    ),
    e(
        T,
        "I notice you've cancelled the last two sessions.",
        "Work's been chaos. The audit has eaten everything.",
        "The audit has eaten everything.",
    ),
    e(
        T,
        "What's the low mood about, for you?",
        "It's my thyroid. Once they adjust the dose I'll be back to normal.",
        "It's my thyroid.",
    ),
    e(
        T,
        "When you lie awake, what's going through your mind?",
        "Mostly it's the heat. Our bedroom's in the loft and it's like a sauna up there.",
        "Mostly it's the heat.",
    ),
    e(
        T,
        "Last time you said you felt like a failure.",
        "I only said that because of the job market. There's nothing out there for graduates.",
        "because of the job market",
    ),
    e(
        C,
        "You've been short with me all week. What's going on?",
        "It's the project at work. Once it ships I'll be back to myself.",
        "It's the project at work.",
    ),
    e(
        C,
        "Why were you crying in the car?",
        "That song. The one about the father and the son. It was the song.",
        "It was the song.",
    ),
    e(
        C,
        "You seem really tense around my family.",
        "Your brother's kids are loud, that's all. Three hours of screaming.",
        "Your brother's kids are loud, that's all.",
    ),
    e(
        C,
        "Is it us? Are you unhappy with us?",
        "No, it's the money stuff. The mortgage rate went up and it's sitting on me.",
        "it's the money stuff",
    ),
    e(C, None, "Sorry I was a nightmare last night. Blame the jet lag.", "Blame the jet lag."),
    e(
        C,
        "You haven't wanted to go out in weeks.",
        "Because of my back. It's been flaring since I moved that wardrobe.",
        "Because of my back.",
    ),
    e(
        C,
        "Why did you get so upset when I brought up Christmas?",
        "Because your mother rings me every day about it. She's the stress, not Christmas.",
        "She's the stress",
    ),
    e(
        C,
        "You've been so moody lately.",
        "It's these night shifts. My body doesn't know what day it is.",
        "It's these night shifts.",
    ),
    e(
        C,
        "What's got you so wound up?",
        "The builders. Drilling since seven and they still haven't fixed the leak.",
        "The builders.",
    ),
    e(
        C,
        "You don't seem happy.",
        "I'm fine. It's the blood pressure pills, they flatten everything.",
        "It's the blood pressure pills",
    ),
    e(
        C,
        "Why are you so down about your birthday?",
        "Because it fell on a Monday. Nobody celebrates on a Monday.",
        "Because it fell on a Monday.",
    ),
    e(
        C,
        "Is something wrong between us? You seem far away.",
        "Thirty degrees, that's what it is. I can't think straight in this heat.",
        "I can't think straight in this heat.",
    ),
    e(
        C,
        "You were really upset after the school meeting.",
        "Mrs Okafor talks to parents like they're pupils. That's what rattled me.",
        "Mrs Okafor talks to parents like they're pupils.",
    ),
    e(
        X,
        "u ok? u sounded weird on the phone",
        "bad signal and trains were a disaster",
        "trains were a disaster",
    ),
    e(X, "why r u so grumpy today", "period. dont read into it", "period. dont read into it"),
    e(
        X,
        "u seemed stressed at dinner",
        "it was the restaurant, so loud i couldnt hear myself",
        "it was the restaurant",
    ),
    e(
        X,
        "whats wrong, u went quiet",
        "phone died. and work is killing me this wk",
        "work is killing me this wk",
    ),
    e(X, "r u mad at me?", "no its my boss. hes been on my case all day", "its my boss"),
    e(
        X,
        "u ok? youve been off all week",
        "its the weather honestly. grey every day",
        "its the weather honestly",
    ),
    e(X, "you seemed sad at the party", "hangover from fri tbh", "hangover from fri tbh"),
    e(X, "why didnt u sleep", "upstairs had a party til 4", "upstairs had a party til 4"),
    e(
        X,
        "u keep saying ur anxious. whats up",
        "its the caffeine. switched to decaf today",
        "its the caffeine",
    ),
]

# 36 rejects own complaints as pointless.
DATA[36] = [
    e(
        T,
        "It sounds like that really hurt.",
        "Ah, what's the point in going on about it. It happened.",
        "what's the point in going on about it",
    ),
    e(
        T,
        "How has the pain been this week?",
        "Bad, but I feel silly complaining. The people on the ward next door have it far worse.",
        "I feel silly complaining",
    ),
    e(
        T,
        "You said your husband never helps with the baby.",
        "I know, I know. I shouldn't moan. He works long hours.",
        "I shouldn't moan.",
    ),
    e(
        T,
        "That sounds exhausting.",
        "(waves hand) It's nothing. I'm being a baby about it.",
        "I'm being a baby about it.",
    ),
    e(
        T,
        "What was it like when your friends forgot your birthday?",
        "Honestly, it's stupid to get upset over a birthday at my age.",
        "it's stupid to get upset over a birthday at my age",
    ),
    e(
        T,
        "You mentioned feeling overlooked at work.",
        "Yeah, but complaining isn't going to get me promoted, is it.",
        "complaining isn't going to get me promoted",
    ),
    e(
        T,
        "Tell me more about the loneliness.",
        "Sorry, I don't know why I brought it up. A grown man whining about being lonely, it's pathetic.",
        "it's pathetic",
        rup=[("self_criticism_hopelessness", 2)],
    ),
    e(
        T,
        "How do you feel about the move?",
        "Plenty of people would kill for a transfer to Lisbon. I've got no right to complain.",
        "I've got no right to complain.",
    ),
    e(
        T,
        "It sounds like your mother's comments still sting.",
        "They do, but so what. Crying about your mum at forty-five is a bit much.",
        "Crying about your mum at forty-five is a bit much.",
    ),
    e(
        T,
        "What's it like always being the one who does the caring?",
        "It is what it is. Grumbling doesn't get the washing done.",
        "Grumbling doesn't get the washing done.",
    ),
    e(
        T,
        "You seem disappointed by the result.",
        "Whatever. First-world problems. I'll get over it.",
        "First-world problems.",
    ),
    e(
        T,
        "Do you want to say more about the money worries?",
        "Not really. It's tedious hearing myself go on when there are people who can't feed their kids.",
        "It's tedious hearing myself go on",
    ),
    e(
        T,
        "I hear how frustrating the fertility treatment has been.",
        "[sighs] It's not worth dwelling on. Moaning won't make the embryos implant.",
        "Moaning won't make the embryos implant.",
    ),
    e(
        T,
        "You've had a lot of losses this year.",
        "I'm not special, I'm not the first. There's no sense making a fuss.",
        "There's no sense making a fuss.",
    ),
    e(
        T,
        "What bothered you about the way he spoke to you?",
        "Oh, forget I said anything. It was petty of me to even mention it.",
        "It was petty of me to even mention it.",
    ),
    e(
        T,
        "That sounds like a lonely way to grow up.",
        "Maybe, but complaining about your childhood is such a cliché. I'd rather not.",
        "complaining about your childhood is such a cliché",
    ),
    e(
        T,
        "You said the chronic pain is wearing you down.",
        "I did, but it's useless talking about it. It's not going anywhere.",
        "it's useless talking about it",
    ),
    e(
        T,
        "How did it feel to be passed over again?",
        "Don't mind me, I'm just whingeing. It's a good company.",
        "I'm just whingeing",
    ),
    e(
        T,
        "It's okay to be angry about how they treated you.",
        "Is it, though? Getting worked up about it achieves nothing. I'd rather not waste the hour.",
        "Getting worked up about it achieves nothing.",
    ),
    e(
        T,
        "You looked upset when you mentioned the wedding.",
        "It's ridiculous, really. It's their day. Why should I care who sits where.",
        "It's ridiculous, really.",
    ),
    e(
        T,
        "What was the hardest part of the redundancy?",
        "Feels self-indulgent to even call it hard when I got a decent payout.",
        "Feels self-indulgent to even call it hard",
    ),
    e(
        T,
        "You told me you've been dreading Sundays.",
        "Yeah. Silly thing to dread, a day of the week. I should get a grip.",
        "Silly thing to dread",
    ),
    e(
        C,
        "You were so upset about your sister's comment.",
        "Forget it. Not worth the breath.",
        "Not worth the breath.",
    ),
    e(
        C,
        "Is your knee still hurting? You were limping.",
        "A bit. No point whining about it, I'll see the physio eventually.",
        "No point whining about it",
    ),
    e(
        C,
        "You said the kids' noise gets to you.",
        "I know, I sound like an old man. Ignore me.",
        "I sound like an old man. Ignore me.",
    ),
    e(
        C,
        "You seemed hurt that I forgot to call.",
        "I was being oversensitive. It's a phone call, not a crime.",
        "I was being oversensitive.",
    ),
    e(
        C,
        "Tell me what's bothering you about the holiday plans.",
        "Nah, it's dumb. Complaining about a free holiday, listen to me.",
        "Complaining about a free holiday, listen to me.",
    ),
    e(
        C,
        "You said you felt left out at the dinner.",
        "Did I? Well, that's childish of me. I can't expect to be the centre of attention.",
        "that's childish of me",
    ),
    e(
        C,
        "You've been unhappy about your job for months.",
        "And going on about it gets me nowhere, so I'm going to stop. It's a waste of both our time.",
        "going on about it gets me nowhere",
    ),
    e(
        C,
        "I know the move's been hard on you.",
        "Hard? We've got a roof and jobs. I've got nothing to moan about.",
        "I've got nothing to moan about.",
    ),
    e(
        C,
        "Why didn't you tell me my mum upset you?",
        "Because what's the use. She is who she is, and me griping won't change her.",
        "me griping won't change her",
    ),
    e(
        C,
        "You sounded really let down when the trip got cancelled.",
        "Meh. There are worse things in life than a cancelled weekend in Wales.",
        "There are worse things in life",
    ),
    e(
        C,
        "You said you were lonely while I was away.",
        "Which was stupid. You were gone four days.",
        "Which was stupid.",
    ),
    e(
        C,
        "Does it still bother you that I sold your dad's watch?",
        "It's gone now. Kicking up a fuss about it would be daft.",
        "Kicking up a fuss about it would be daft.",
    ),
    e(
        C,
        "You seem upset about your results.",
        "(laughs) Upset about a B-plus. Poor me. Let's not make a drama of it.",
        "Let's not make a drama of it.",
    ),
    e(
        X,
        "was the day as bad as it sounded",
        "yeah but whatever, moaning doesnt help",
        "moaning doesnt help",
    ),
    e(
        X,
        "u ok after the vet?",
        "its just a cat. shouldnt be this upset tbh",
        "shouldnt be this upset tbh",
    ),
    e(X, "sorry ur feeling crap", "ignore me im just being dramatic", "im just being dramatic"),
    e(
        X,
        "u said u were stressed?",
        "meh forget it. ppl have real problems",
        "ppl have real problems",
    ),
    e(
        X,
        "still mad about the parking ticket?",
        "nah pointless being mad. paid it",
        "pointless being mad",
    ),
    e(
        X,
        "tell me whats bugging u",
        "nothing worth complaining about honestly",
        "nothing worth complaining about",
    ),
    e(X, "ur allowed to be annoyed u know", "what good would it do lol", "what good would it do"),
    e(
        X,
        "how was the first week back",
        "long. but no use crying about it",
        "no use crying about it",
    ),
    e(
        X,
        "u seemed gutted abt the team thing",
        "its silly to care that much abt 5 a side",
        "its silly to care that much",
    ),
]

# 61 moves present experience into the past or into generalities.
DATA[61] = [
    e(
        T,
        "How do you feel about him now?",
        "Well, people get tired in long relationships. That's how it goes after ten years.",
        "people get tired in long relationships",
    ),
    e(
        T,
        "What are you feeling as you tell me this?",
        "It was years ago, anyway. I dealt with all that at uni.",
        "It was years ago, anyway.",
    ),
    e(
        T,
        "You seem sad right now.",
        "Sadness is part of life, isn't it. Everybody has their phases.",
        "Sadness is part of life",
    ),
    e(
        T,
        "What's it like for you, in this moment, to think about her leaving?",
        "Break-ups are hard on anyone. There's research showing it's like withdrawal from a drug.",
        "Break-ups are hard on anyone.",
    ),
    e(
        T,
        "How are things with your father these days?",
        "We had our problems when I was a teenager. That's all behind us.",
        "That's all behind us.",
    ),
    e(
        T,
        "Does it make you angry when she criticises your cooking?",
        "Mothers and daughters-in-law, you know. It's a classic.",
        "Mothers and daughters-in-law, you know.",
    ),
    e(
        T,
        "What's the fear like, now, when you think about the surgery?",
        "One tends to worry before an operation. It's a natural response.",
        "One tends to worry before an operation.",
    ),
    e(
        T,
        "You said you felt invisible at the party. Tell me about that.",
        "I used to feel like that a lot as a kid. Middle child, I suppose.",
        "I used to feel like that a lot as a kid.",
    ),
    e(
        T,
        "How do you feel when your wife goes quiet on you?",
        "Women need their space sometimes. My dad used to say that.",
        "Women need their space sometimes.",
    ),
    e(
        T,
        "It sounds like you're grieving.",
        "Grief is a process. Stages and all that. You go through them.",
        "Grief is a process.",
    ),
    e(
        T,
        "How is the anxiety right now?",
        "I had a really bad patch in 2016. Compared to that, this is nothing.",
        "I had a really bad patch in 2016.",
    ),
    e(
        T,
        "What happens inside you when your kids ignore you?",
        "Teenagers ignore their parents. It's developmental, I read about it.",
        "Teenagers ignore their parents.",
    ),
    e(
        T,
        "What did you feel this morning when the letter came?",
        "Men of my generation weren't brought up to feel much about letters. You deal with it.",
        "Men of my generation weren't brought up to feel much",
    ),
    e(
        T,
        "Are you lonely?",
        "Loneliness is an epidemic, apparently. Half the country's lonely.",
        "Loneliness is an epidemic, apparently.",
    ),
    e(
        T,
        "How is it for you, being in the house without him?",
        "When my own mother was widowed she just got on with it. That's how it was done then.",
        "That's how it was done then.",
    ),
    e(
        T,
        "You looked hurt just now when I mentioned your brother.",
        "There was a time when that hurt, sure. Back in my twenties.",
        "There was a time when that hurt",
    ),
    e(
        T,
        "What's the hardest thing about being out of work right now?",
        "Work gives people structure. Without it, one drifts. That's well known.",
        "Work gives people structure.",
    ),
    e(
        T,
        "How do you feel about the argument last night?",
        "Couples argue. Every couple I know argues about money.",
        "Couples argue.",
    ),
    e(
        T,
        "What are you noticing in yourself as we talk about the accident?",
        "The nightmares were a first-year thing. They stopped eventually.",
        "The nightmares were a first-year thing.",
    ),
    e(
        T,
        "How are you feeling about becoming a dad?",
        "Every new father gets nervous, so I'm told. It's a rite of passage.",
        "Every new father gets nervous",
    ),
    e(
        T,
        "Does it feel bad that she chose him over you?",
        "In my experience these things run their course. You learn not to take it personally.",
        "these things run their course",
    ),
    e(
        T,
        "What is it like when you can't get out of bed?",
        "Depression's a chemical thing, isn't it. It runs in families.",
        "Depression's a chemical thing, isn't it.",
    ),
    e(
        C,
        "Are you unhappy with me?",
        "Every marriage has its flat bits. It's normal after kids.",
        "Every marriage has its flat bits.",
    ),
    e(
        C,
        "You seemed really hurt when I said that.",
        "I used to get hurt by that sort of thing. Not any more.",
        "I used to get hurt by that sort of thing.",
    ),
    e(
        C,
        "Do you miss your mum?",
        "People miss their parents. It's the natural order of things.",
        "It's the natural order of things.",
    ),
    e(
        C,
        "How do you feel about us not having sex much lately?",
        "Desire goes up and down for everyone. There are whole articles about it.",
        "Desire goes up and down for everyone.",
    ),
    e(
        C,
        "Why do you get so upset when I'm late?",
        "That was more of a thing at the beginning. I've got used to it.",
        "That was more of a thing at the beginning.",
    ),
    e(
        C,
        "What's it like for you, me being away so much?",
        "Lots of couples do long distance. Military families manage it for months.",
        "Lots of couples do long distance.",
    ),
    e(
        C,
        "Are you jealous of Sam?",
        "Jealousy's a fairly primitive emotion, when you think about it.",
        "Jealousy's a fairly primitive emotion",
    ),
    e(
        C,
        "You looked so sad at the christening.",
        "Christenings are emotional. Half the church was teary.",
        "Christenings are emotional.",
    ),
    e(
        C,
        "Does it bother you that my parents pay for things?",
        "It did when we were first married. That's ancient history.",
        "That's ancient history.",
    ),
    e(
        C,
        "How do you feel about turning fifty?",
        "Birthdays with a zero make people reflective. It's a known thing.",
        "Birthdays with a zero make people reflective.",
    ),
    e(
        C,
        "Are you angry with me about the car?",
        "Men and cars, right? We all get a bit precious about them.",
        "Men and cars, right?",
    ),
    e(
        C,
        "Tell me how you're feeling about the IVF.",
        "It's a rollercoaster for everybody who does it. That's what the leaflet says.",
        "It's a rollercoaster for everybody who does it.",
    ),
    e(
        C,
        "You were crying in the shower.",
        "When I was pregnant with Ada I cried at adverts. That was a whole era.",
        "When I was pregnant with Ada I cried at adverts.",
    ),
    e(X, "r u upset w me?", "ppl fight, its normal", "ppl fight, its normal"),
    e(X, "how r u feeling abt the breakup", "that was months ago lol", "that was months ago"),
    e(
        X,
        "u seem lonely lately",
        "everyones lonely in their 30s tbh",
        "everyones lonely in their 30s",
    ),
    e(
        X,
        "does it still hurt?",
        "used to. not really a thing anymore",
        "used to. not really a thing anymore",
    ),
    e(
        X,
        "u ok abt ur dads diagnosis?",
        "old ppl get sick, its what happens",
        "old ppl get sick, its what happens",
    ),
    e(
        X,
        "are u stressed abt the move",
        "moving is like top 3 most stressful things for anyone",
        "moving is like top 3 most stressful things for anyone",
    ),
    e(
        X,
        "u sounded so down last night",
        "last night was last night. new day",
        "last night was last night",
    ),
    e(
        X,
        "do u feel left out when i go out w my friends",
        "i did the first year. im over it",
        "i did the first year.",
    ),
    e(
        X,
        "how r u coping w the kids this week",
        "parenting is hard for everyone. its a phase",
        "parenting is hard for everyone",
    ),
]

# --- output ---
VALID_REGISTERS = {T, C, X}
NEEDS_CONTEXT = {25, 28, 41}


def build() -> list[dict]:
    rows = []
    for number, examples in DATA.items():
        for n, ex in enumerate(examples, start=1):
            row = {
                "id": f"mi{number:03d}-{n:03d}",
                "register": ex["register"],
                "context": ex["context"],
                "role": ex["role"],
                "text": ex["text"],
                "markers": [number, *ex["more"]],
                "ruptures": ex["ruptures"],
                "evidence": ex["evidence"],
            }
            check(row)
            rows.append(row)
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate ids; fix the DATA lists")
    return rows


def check(row: dict) -> None:
    where = row["id"]
    if row["register"] not in VALID_REGISTERS:
        raise ValueError(f"{where}: register {row['register']!r} is not one of {VALID_REGISTERS}")
    if row["evidence"] not in row["text"]:
        raise ValueError(f"{where}: evidence {row['evidence']!r} is not a substring of text")
    if row["markers"][0] in NEEDS_CONTEXT and not row["context"]:
        raise ValueError(f"{where}: marker {row['markers'][0]} needs a listener turn in context")
    if len(row["context"]) > 3:
        raise ValueError(f"{where}: at most 3 context turns")


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
