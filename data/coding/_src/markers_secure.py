"""Generate data/coding/markers_secure.jsonl: turn examples for the secure-family markers.

Every example is written by hand below. Each entry is
(register, context, text, evidence[, extra_markers]) where register is T (therapy),
C (couple) or X (text messages) and context is None, one string or a list of strings spoken by
the listener. Run: .venv/bin/python data/coding/_src/markers_secure.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "markers_secure.jsonl"
REGISTERS = {"T": "therapy", "C": "couple", "X": "text"}

EXAMPLES: dict[int, list[tuple]] = {}

# 1 asks for help
EXAMPLES[1] = [
    (
        "T",
        "Where would you like to start today?",
        "I need you to help me figure out what to say to my sister before Sunday. I keep drafting it and deleting it.",
        "I need you to help me figure out what to say to my sister",
    ),
    (
        "T",
        "You mentioned the panic at night again.",
        "Can you teach me something I can actually do at 3 a.m. when it starts? Breathing apps aren't cutting it.",
        "Can you teach me something I can actually do at 3 a.m.",
    ),
    (
        "T",
        "What would be most useful from me right now?",
        "Honestly? Just help me slow down. My thoughts are everywhere and I can't sort them alone.",
        "Just help me slow down",
    ),
    (
        "T",
        None,
        "(long pause) I don't know how to tell my kids about the divorce. Would you walk me through how people usually do it?",
        "Would you walk me through how people usually do it?",
    ),
    (
        "T",
        "How did the job interview go?",
        "Badly, and there's a second round Thursday. I need help getting ready for it, I blank on the salary question every single time.",
        "I need help getting ready for it",
    ),
    (
        "T",
        "You seem far away today.",
        "I am. Mum's scan results come Friday and I can't function. So I'm asking you straight: what do I do with this waiting?",
        "I'm asking you straight: what do I do with this waiting?",
        [5],
    ),
    (
        "T",
        "Last week you said you wanted to drink less.",
        "Yeah, and I've failed every night since. I can't do it on my own, I need some kind of plan from you.",
        "I can't do it on my own, I need some kind of plan from you",
    ),
    (
        "T",
        "What's on your mind?",
        "My boss keeps taking credit for my work and I genuinely don't know if I'm overreacting. Can you help me think it through?",
        "Can you help me think it through?",
    ),
    (
        "T",
        "How has the grief been this week?",
        "Heavy. I still set the table for two, every night. I need someone to help me make sense of what I'm doing.",
        "I need someone to help me make sense of what I'm doing",
    ),
    (
        "T",
        "Anything you'd like from me in these last minutes?",
        "Could you write down those three questions you asked? I lose everything the moment I leave this room.",
        "Could you write down those three questions you asked?",
    ),
    (
        "T",
        None,
        "I'm going to ask for something I find hard to ask for. Will you help me find a psychiatrist? I've tried, and I keep stalling on the phone calls.",
        "Will you help me find a psychiatrist?",
    ),
    (
        "T",
        "Tell me about the fight.",
        "Before I do, stop me if I start ranting, okay? I want your help seeing my part in it, not just his.",
        "I want your help seeing my part in it",
    ),
    (
        "T",
        "You've gone quiet.",
        "[sighs] I'm stuck. Help me? I don't even know which question to ask.",
        "I'm stuck. Help me?",
    ),
    (
        "T",
        "How are things with your son?",
        "He hasn't spoken to me in three weeks. What do I put in a text so it doesn't push him further away? I really need guidance here.",
        "I really need guidance here",
    ),
    (
        "T",
        "What brings you in?",
        "My GP sent me. I'm not sleeping, not eating, and I want someone who knows what they're doing to help me get back on my feet.",
        "I want someone who knows what they're doing to help me get back on my feet",
    ),
    (
        "T",
        "You said the money worries are back.",
        "They are. Would it be okay if you helped me make a list of who to ring first? Bank, landlord, I can't see where to begin.",
        "Would it be okay if you helped me make a list of who to ring first?",
    ),
    (
        "T",
        "How did the conversation with your father go?",
        "It didn't happen, I chickened out. Could you coach me through the opening line? Just the first sentence, that's where I freeze.",
        "Could you coach me through the opening line?",
    ),
    (
        "T",
        "What would help right now?",
        "Some reassurance, I suppose. No, actually, practical help. How do I get through the memorial without falling apart in front of everyone?",
        "How do I get through the memorial without falling apart in front of everyone?",
    ),
    (
        "T",
        None,
        "I keep checking the locks, like twenty times before I leave. Is there something you can do to help me with that? It's eating my mornings.",
        "Is there something you can do to help me with that?",
    ),
    (
        "T",
        "It sounds like work is overwhelming.",
        "It is, and I'd like your help deciding whether to take the sick leave. I go round in circles when I try it alone.",
        "I'd like your help deciding whether to take the sick leave",
    ),
    (
        "T",
        "How is the pain today?",
        "Bad. Can you show me the body scan again? I tried it at home and got lost halfway down.",
        "Can you show me the body scan again?",
    ),
    (
        "T",
        "Where are you with the decision about the move?",
        "Nowhere. Please help me lay out the pros and cons, because my head just says 'run' and I don't trust it.",
        "Please help me lay out the pros and cons",
    ),
    (
        "C",
        "You've been on that laptop since dinner.",
        "I know, I'm drowning in this tax form. Sit with me and read it through? Two heads and all that.",
        "Sit with me and read it through?",
    ),
    (
        "C",
        "What's up? You look stressed.",
        "Mum rang again about Christmas. I need you to back me up when I say no to her, I can't manage it alone this year.",
        "I need you to back me up when I say no to her",
    ),
    (
        "C",
        None,
        "Could you take the kids Saturday morning? I've got to finish the grant, and I'm asking because I really can't manage it otherwise.",
        "Could you take the kids Saturday morning?",
    ),
    (
        "C",
        "Do you want to talk about the appointment?",
        "Yeah. Would you come with me next time? I don't hear half of what the doctor says when I'm nervous.",
        "Would you come with me next time?",
    ),
    (
        "C",
        "You keep sighing at your phone.",
        "It's Jamie from work again. Help me word a reply that isn't rude? I've rewritten it five times.",
        "Help me word a reply that isn't rude?",
    ),
    (
        "C",
        "Anything I can do tonight?",
        "Actually yes. Can you handle the call to the landlord? My voice goes shaky and he walks all over me.",
        "Can you handle the call to the landlord?",
    ),
    (
        "C",
        "You've been quiet since your brother left.",
        "I'm not okay about it. What do you think he meant by that comment? I keep replaying it and I need another pair of ears.",
        "I need another pair of ears",
    ),
    (
        "C",
        "So what are we doing about the car?",
        "I don't know, and that's the thing. I need your help with this one, I'm out of my depth with mechanics.",
        "I need your help with this one",
    ),
    (
        "C",
        "Morning. Sleep okay?",
        "No. Would you do the school run today? There's a migraine coming and I have to lie in the dark.",
        "Would you do the school run today?",
    ),
    (
        "C",
        "You said you wanted to talk.",
        "Yeah. I want to get back in shape but I keep bailing. Will you hold me to it, like, drag me to the pool on Tuesdays?",
        "Will you hold me to it",
    ),
    (
        "C",
        "How's the thesis going?",
        "Terribly. Could you read chapter three and tell me honestly if it makes sense? I've lost all perspective.",
        "Could you read chapter three and tell me honestly if it makes sense?",
    ),
    (
        "C",
        None,
        "Hey, I hate asking, but I need a hand tonight. The anxiety's bad and I'd like you to just stay close while I ring the clinic.",
        "I need a hand tonight",
        [5],
    ),
    (
        "C",
        "Your dad texted me, by the way.",
        "Oh god. Can you help me work out what he actually wants? He never says anything straight.",
        "Can you help me work out what he actually wants?",
    ),
    (
        "X",
        "u ok?",
        "not really. can u call me on ur break, need help deciding about the job offer",
        "need help deciding about the job offer",
    ),
    (
        "X",
        "home by 7",
        "could u grab my prescription on the way pls, i cant get off the couch today",
        "could u grab my prescription on the way pls",
    ),
    ("X", None, "babe help. sink is flooding and i dont know where the valve is", "babe help."),
    (
        "X",
        "hows the presentation prep",
        "awful lol. would u listen to me run it tonight? need someone to tell me if it flows",
        "would u listen to me run it tonight?",
    ),
    (
        "X",
        "anything u need?",
        "yes actually. can u ring my mum, i cant face it rn",
        "can u ring my mum",
    ),
    (
        "X",
        "saw ur missed call",
        "ya sorry. need ur help w something, the bank froze my card and idk what to do",
        "need ur help w something",
    ),
    (
        "X",
        "whats wrong",
        "im at the hospital w dad. pls come, i need u here",
        "pls come, i need u here",
    ),
    (
        "X",
        None,
        "ok weird ask but can u help me pick what to wear for the funeral. been staring at the wardrobe for an hour",
        "can u help me pick what to wear for the funeral",
    ),
    (
        "X",
        "u seemed off at lunch",
        "yeah. i think i need help w the drinking thing. tonight can u help me find someone to see",
        "i think i need help w the drinking thing",
    ),
]

# 5 discloses distressful emotion experienced in the present
EXAMPLES[5] = [
    (
        "T",
        "How does it feel to say that?",
        "Awful. My throat's closing up and I feel about six years old sitting here.",
        "My throat's closing up and I feel about six years old sitting here",
    ),
    (
        "T",
        "What's happening for you right now?",
        "(cries) I'm just so sad. It's all coming up at once.",
        "I'm just so sad",
    ),
    (
        "T",
        "You clenched your fists just then.",
        "Because I'm furious. Talking about him makes me want to throw something, right now, in here.",
        "Because I'm furious.",
    ),
    (
        "T",
        "What do you notice as we talk about the diagnosis?",
        "Fear, mostly. It sits in my stomach like a stone, and it's sitting there now.",
        "It sits in my stomach like a stone, and it's sitting there now",
    ),
    (
        "T",
        None,
        "I'm ashamed to even be telling you this. My face is burning.",
        "I'm ashamed to even be telling you this. My face is burning.",
    ),
    (
        "T",
        "How are you today?",
        "Lonely. Properly lonely, the kind where the flat feels too big. I can feel it even with you sitting there.",
        "Properly lonely",
    ),
    (
        "T",
        "Can you stay with that feeling for a moment?",
        "It's hard. There's an ache behind my ribs, and I'm afraid if I let it in I won't stop crying.",
        "I'm afraid if I let it in I won't stop crying",
    ),
    (
        "T",
        "You said the anniversary is this week.",
        "Yes, and I'm a wreck. I've been shaking since I sat down.",
        "I'm a wreck. I've been shaking since I sat down.",
    ),
    (
        "T",
        "What are you feeling toward your sister now?",
        "Jealous. Ugly, green jealous, and I hate that I feel it.",
        "Ugly, green jealous, and I hate that I feel it",
    ),
    (
        "T",
        "That was a big thing to share.",
        "(long pause) I feel exposed. Like I've taken my skin off.",
        "I feel exposed. Like I've taken my skin off.",
    ),
    (
        "T",
        "How's the week been?",
        "Hard to say, because at this moment I'm so anxious I can barely sit still. Look, my leg's going.",
        "I'm so anxious I can barely sit still",
    ),
    (
        "T",
        "What comes up when you picture the hospital?",
        "Dread. My hands have gone cold, right now, just picturing the corridor.",
        "My hands have gone cold, right now",
    ),
    (
        "T",
        None,
        "Can I say something? What you said last week hurt, and it's still stinging as I sit here.",
        "it's still stinging as I sit here",
    ),
    (
        "T",
        "What's that like, losing the job after twelve years?",
        "Humiliating. I feel small. Like everyone can see it on me today.",
        "Humiliating. I feel small.",
    ),
    (
        "T",
        "You're smiling, but your eyes are wet.",
        "Yeah (cries). Heartbroken, honestly. I miss her so much it hurts to breathe.",
        "I miss her so much it hurts to breathe",
    ),
    (
        "T",
        "Where do you feel the guilt?",
        "Everywhere. It's heavy on my shoulders right now, like I let them all down.",
        "It's heavy on my shoulders right now",
    ),
    (
        "T",
        "How are you finding the new medication?",
        "The tablets are fine, it's me. There's a fear in me today I can't name, and it won't lift.",
        "There's a fear in me today I can't name, and it won't lift",
    ),
    (
        "T",
        "Tell me about now, not the story. How you feel.",
        "Raw. Really raw. And angry at myself for being this upset about a dog.",
        "Raw. Really raw.",
    ),
    (
        "T",
        "What happens inside when your mother's name comes up?",
        "My chest gets tight. It's tight now. I feel trapped just hearing her name in this room.",
        "It's tight now. I feel trapped",
    ),
    (
        "T",
        "You seem tense.",
        "I am. Sorry, I'm panicking a bit. The walls feel closer than they should be.",
        "I'm panicking a bit",
    ),
    (
        "T",
        "How are you holding up with the court date so close?",
        "I'm not. I'm terrified and I'm exhausted from being terrified.",
        "I'm terrified and I'm exhausted from being terrified",
    ),
    (
        "T",
        None,
        "I walked in feeling fine and now I'm all churned up. Sick with worry about Leo, honestly, sick with it.",
        "Sick with worry about Leo",
    ),
    (
        "C",
        "Why are you being so quiet?",
        "Because I'm hurt. What you said at dinner is still sitting in my chest.",
        "Because I'm hurt.",
    ),
    (
        "C",
        "Talk to me.",
        "It frightens me, where we are. My heart's going like mad and I don't know what to do with it.",
        "It frightens me, where we are.",
    ),
    (
        "C",
        "Are you angry with me?",
        "Yes. I'm trying to say it calmly, but I'm really angry.",
        "I'm trying to say it calmly, but I'm really angry",
    ),
    (
        "C",
        "You've barely touched your food.",
        "I feel so low tonight. Everything's grey and I can't shake it.",
        "I feel so low tonight",
    ),
    (
        "C",
        "What's wrong?",
        "(cries) I'm overwhelmed. The baby, the job, your mum staying. I'm at the end of it.",
        "I'm overwhelmed",
    ),
    (
        "C",
        "I didn't mean it like that.",
        "I know, but it still stings. I'm embarrassed you said it in front of them, and I'm still burning with it.",
        "I'm still burning with it",
    ),
    (
        "C",
        None,
        "I need to tell you I'm really jealous right now, watching you text her. It's eating me up.",
        "I'm really jealous right now",
    ),
    (
        "C",
        "You okay? You went pale.",
        "No. The lump's still there and I'm shaking. I'm frightened.",
        "I'm shaking. I'm frightened.",
    ),
    (
        "C",
        "Come on, it's just a weekend.",
        "Not to me. I feel left behind, and it hurts sitting here listening to you plan it.",
        "I feel left behind, and it hurts",
    ),
    (
        "C",
        "Is it the money thing again?",
        "Yeah. So stressed I feel sick. Like, right now, my stomach is in knots.",
        "my stomach is in knots",
    ),
    (
        "C",
        "You've been sighing all evening.",
        "I'm sad, love. Just sad about Dad. It's heavier today.",
        "I'm sad, love.",
    ),
    (
        "C",
        "Why are you crying?",
        "Because I feel so guilty. I snapped at Maya and I can't stop seeing her face.",
        "I feel so guilty",
    ),
    (
        "C",
        "What are you feeling?",
        "Honestly? Lonely. Even sitting next to you, I feel really alone tonight.",
        "I feel really alone tonight",
    ),
    (
        "X",
        "hows ur day",
        "honestly im really anxious rn, cant focus on anything",
        "im really anxious rn",
    ),
    (
        "X",
        "did u see the email",
        "yeah. so upset i cant stop crying at my desk",
        "so upset i cant stop crying at my desk",
    ),
    ("X", None, "feeling really low tonight. just wanted u to know", "feeling really low tonight"),
    ("X", "still mad?", "yeah still mad. and kind of hurt tbh", "still mad. and kind of hurt tbh"),
    (
        "X",
        "hows the scan",
        "waiting for results and im terrified. hands wont stop shaking",
        "im terrified. hands wont stop shaking",
    ),
    (
        "X",
        "u went quiet",
        "sorry. im so embarrassed about last night i want to hide under the duvet",
        "im so embarrassed about last night",
    ),
    (
        "X",
        "whats up",
        "panicky. heart racing. on the train and its packed",
        "panicky. heart racing.",
    ),
    (
        "X",
        "miss u",
        "miss u too. lonely in this hotel tbh, its getting to me",
        "lonely in this hotel tbh, its getting to me",
    ),
    (
        "X",
        "r u ok after the call w ur sister",
        "no. gutted. like actually gutted",
        "gutted. like actually gutted",
    ),
]

# 6 gives a vivid narrative of a past distressful event
EXAMPLES[6] = [
    (
        "T",
        "Can you tell me about the night it happened?",
        "I was standing in the kitchen with the kettle in my hand when the phone rang. The policeman said my name twice, and the kettle was still hissing while he told me Dan was gone. I just stood there watching the steam.",
        "the kettle was still hissing while he told me Dan was gone",
    ),
    (
        "T",
        "What happened at the meeting?",
        "He called me into the glass office where everyone could see. He slid the letter across the desk without looking up, and my hands were so wet I smeared the ink when I signed. Then I had to walk back past all of them to get my coat.",
        "my hands were so wet I smeared the ink when I signed",
    ),
    (
        "T",
        "Go back to that morning, if you can.",
        "I woke up and the flat was silent, no radio, and Mum always had the radio on. I found her on the bathroom floor, her lips blue, and I screamed so loud the neighbour came through the wall. I can still feel the cold of the tiles on my knees.",
        "I found her on the bathroom floor, her lips blue",
    ),
    (
        "T",
        "What do you remember from being a kid when they fought?",
        "My brother and I used to hide under the stairs. One night Dad threw a plate and it smashed on the door right above us, and there were bits of blue china in my hair. He had his hand over my mouth so I wouldn't make a sound.",
        "there were bits of blue china in my hair",
    ),
    (
        "T",
        "Tell me about the accident.",
        "The lorry came out of nowhere on the roundabout. The windscreen went white like frost, the airbag smelled of burnt powder, and my daughter in the back wasn't crying, which was worse than crying. It was maybe ten seconds before she screamed.",
        "my daughter in the back wasn't crying, which was worse than crying",
    ),
    (
        "T",
        "What was the miscarriage like for you?",
        "At the twelve-week scan the nurse went quiet and kept moving the wand around. Then she said she'd fetch a doctor, and I stared at a poster of a beach on the ceiling for what felt like an hour. Tom held my hand so hard my ring cut into my finger.",
        "I stared at a poster of a beach on the ceiling for what felt like an hour",
    ),
    (
        "T",
        None,
        "Something came back this week. At boarding school the older boys locked me in the drying room overnight. It was pitch black and so hot I could hear my own heart, and I scratched at the door till my nails bled.",
        "I scratched at the door till my nails bled",
    ),
    (
        "T",
        "How did you find out about the affair?",
        "Her phone lit up on the nightstand at two in the morning. I read the message in the dark with her breathing next to me, again and again until the screen went off. Then I went and sat in the car in my pyjamas till it got light.",
        "I read the message in the dark with her breathing next to me",
    ),
    (
        "T",
        "What happened at the wedding?",
        "My uncle stood up during the speeches and said I'd ruined the family. The microphone squealed, everybody turned round, and my husband's grandmother dropped her glass. I locked myself in the disabled toilet in my dress for forty minutes.",
        "I locked myself in the disabled toilet in my dress for forty minutes",
    ),
    (
        "T",
        "You said the flood was the worst week.",
        "The water came up through the floorboards at night. I carried the kids out on my shoulders through water up to my waist, freezing and brown and stinking of diesel, and I cut my foot on something and didn't feel it till morning.",
        "water up to my waist, freezing and brown and stinking of diesel",
    ),
    (
        "T",
        "What was it like being in the ICU with him?",
        "The machines beeped out of rhythm and every time one alarmed I jumped up. On the third night a nurse pulled the curtain round the next bed and I heard the family wailing behind it, and I held his hand and counted his breaths out loud.",
        "I held his hand and counted his breaths out loud",
    ),
    (
        "T",
        "When did you first feel that panic?",
        "In the exam hall, at sixteen. I turned the paper over and the words slid about, my vision went speckly at the edges, and the clock was louder than anything. I walked out after ten minutes and threw up in the bin by the gates.",
        "I turned the paper over and the words slid about",
    ),
    (
        "T",
        "Tell me about the day you left.",
        "I packed one bin bag while he was at the pub: nappies, the baby's rabbit, my passport. My heart was pounding so hard I thought the neighbours would hear it. The taxi driver kept asking if I was okay and I couldn't get a word out.",
        "My heart was pounding so hard I thought the neighbours would hear it",
    ),
    (
        "T",
        "What did you see when you got to the house?",
        "The ambulance was already outside, lights going but no siren. My sister was on the front step in her socks, rocking, and she looked up and shook her head before I'd even got out of the car.",
        "she looked up and shook her head before I'd even got out of the car",
    ),
    (
        "T",
        "Can you describe the robbery?",
        "He came in with his hood up just before closing. He pressed the knife against the counter so hard it scratched the glass, and he was shouting but I couldn't hear words, only noise. I kept stuffing notes in the bag and dropping them.",
        "I kept stuffing notes in the bag and dropping them",
    ),
    (
        "T",
        "What happened when you told your parents you were gay?",
        "It was Easter lunch. My father put his fork down very carefully, stood up and walked out to the garden, and my mother started clearing plates that were still full. Nobody said a word to me; I sat there with the lamb going cold.",
        "I sat there with the lamb going cold",
    ),
    (
        "T",
        "Tell me about the day of the layoffs.",
        "They switched our badges off at nine. I stood at the turnstile swiping and swiping while a security guard I'd said good morning to for six years walked over with a cardboard box. People were filming from the balcony.",
        "I stood at the turnstile swiping and swiping",
    ),
    (
        "T",
        "What do you recall about the fire?",
        "I woke up coughing and the landing was orange. I crawled along the carpet with my T-shirt over my face, feeling for the stairs, and the heat on the back of my neck was like an oven door left open.",
        "the heat on the back of my neck was like an oven door left open",
    ),
    (
        "T",
        "How did the birth go?",
        "It went wrong fast. One minute the midwife was chatting, the next the room was full, someone hit a button and an alarm went, and they were running the bed down the corridor with me on it, ceiling lights flashing past.",
        "they were running the bed down the corridor with me on it",
    ),
    (
        "T",
        "What was your first deployment like?",
        "Second week, a mortar landed behind the cookhouse. The ground jumped, there was dust in my teeth, and a lad I'd shared a smoke with that morning was sat against the wall looking at his leg like it belonged to someone else.",
        "looking at his leg like it belonged to someone else",
    ),
    (
        "T",
        "You mentioned the break-up at the airport.",
        "She told me at the gate, boarding passes in her hand. She gave me mine, said she wasn't getting on, and walked off toward arrivals. I stood there while they called my row, then they called my name over the speakers.",
        "then they called my name over the speakers",
    ),
    (
        "T",
        None,
        "When I was nine my dad forgot me at the swimming baths. I waited on the steps with wet hair as it got dark, the car park lights buzzing, and I made up a story for the caretaker so he wouldn't know nobody was coming.",
        "I waited on the steps with wet hair as it got dark",
    ),
    (
        "C",
        "Why do hospitals upset you so much?",
        "Because of Gran. I was holding her hand when the monitor went flat and nobody came for ages, and her hand got cooler in mine while I pressed the buzzer over and over.",
        "her hand got cooler in mine while I pressed the buzzer over and over",
    ),
    (
        "C",
        "What actually happened at your work party?",
        "Mark grabbed me by the coat rack, right by the fire exit. I could smell the wine on him and his thumb was digging into my wrist, and I said no three times before someone opened the door and he let go.",
        "his thumb was digging into my wrist",
    ),
    (
        "C",
        "You never told me how you lost the first flat.",
        "The bailiffs came at eight on a Tuesday. I was still in my dressing gown, they stood in the hall while I stuffed clothes into a suitcase, and one of them ate an apple out of our fruit bowl.",
        "one of them ate an apple out of our fruit bowl",
    ),
    (
        "C",
        "Why do you flinch when I shut doors hard?",
        "My stepfather used to kick the front door so hard the letterbox rattled. I'd hear it from my room, count his footsteps on the stairs, and try to guess from the sound whether he'd stop at mine.",
        "count his footsteps on the stairs",
    ),
    (
        "C",
        "What happened with your brother at the hospital?",
        "He came round from the anaesthetic screaming. He didn't know me, he was pulling at the tubes and calling me by our dead dad's name, and two nurses had to hold his arms down while I stood in the doorway.",
        "calling me by our dead dad's name",
    ),
    (
        "C",
        "You said the Paris trip was a disaster.",
        "We got mugged on the metro. A guy yanked my bag so hard the strap burned my neck, I went down on the platform and my passport skidded under the train. I was sobbing on the floor and people just stepped round me.",
        "my passport skidded under the train",
    ),
    (
        "C",
        "What was your first panic attack like?",
        "Supermarket, cereal aisle. The lights went really bright, my arms went numb and tingly, and I sat down right there on the floor sure I was dying. A little kid stood staring at me holding a box of cornflakes.",
        "I sat down right there on the floor sure I was dying",
    ),
    (
        "C",
        None,
        "I keep thinking about the day we lost Biscuit. The vet put the blanket over him and one paw was still sticking out, and I couldn't stop looking at that paw while you were out in the car park on the phone.",
        "one paw was still sticking out",
    ),
    (
        "C",
        "Tell me what happened with your boss.",
        "He dropped my report in the bin in front of the whole team. He said 'that's what I think of it', the room went dead quiet, and I had to fish it back out because it was the only printed copy.",
        "I had to fish it back out because it was the only printed copy",
    ),
    (
        "C",
        "Why don't you like the sea?",
        "When I was seven a rip pulled me out. The water kept pushing me further, I swallowed so much salt my throat burned, and I could see Mum on the beach, tiny, laughing with someone, not looking.",
        "I could see Mum on the beach, tiny, laughing with someone, not looking",
    ),
    (
        "C",
        "What was it like when your dad got arrested?",
        "They came at breakfast. Three officers in our kitchen, my cereal going soggy, Dad saying 'don't look, kiddo' while they cuffed him against the fridge with all my drawings on it.",
        "they cuffed him against the fridge with all my drawings on it",
    ),
    (
        "C",
        "You said the earthquake still bothers you.",
        "The bookshelf came down across the bed where I'd been sitting a second before. Plaster was raining off the ceiling, the lights went, and the building groaned like a ship while I felt my way to the door.",
        "the building groaned like a ship",
    ),
    (
        "C",
        "What do you remember about the night of the diagnosis?",
        "We drove home in total silence. At a red light you started laughing, this horrible laugh, and then you were crying onto the steering wheel while the car behind us honked and honked.",
        "the car behind us honked and honked",
    ),
    (
        "X",
        "what happened at the station",
        "some guy shoved me into the barrier, my phone smashed on the tiles and everyone just walked round me while i was on my knees picking up glass",
        "everyone just walked round me while i was on my knees picking up glass",
    ),
    (
        "X",
        "how did the meeting go",
        "horrible. she read my mistakes out one by one in front of the client, my face was burning and my voice cracked when i tried to answer",
        "my face was burning and my voice cracked",
    ),
    (
        "X",
        "u said something happened on the drive",
        "a deer ran out, i swerved, car spun twice and ended up facing the wrong way w a truck's lights coming straight at me. sat there gripping the wheel for like 5 min after",
        "car spun twice and ended up facing the wrong way",
    ),
    (
        "X",
        "why did u leave the party",
        "my ex turned up and started yelling at me in the hallway, drink sloshing everywhere, everyone went quiet and someone turned the music off. i ran out without my coat",
        "someone turned the music off. i ran out without my coat",
    ),
    (
        "X",
        None,
        "cant stop thinking about this morning. the dog slipped her lead and ran into the road, brakes screeched and she just froze in front of the bus. it stopped like a metre from her",
        "brakes screeched and she just froze in front of the bus",
    ),
    (
        "X",
        "hows ur mum",
        "she fell in the shower last night. found her on the floor w the water still running, she was freezing and kept saying sorry sorry. ambulance took 3 hrs",
        "found her on the floor w the water still running",
    ),
    (
        "X",
        "what happened at the school",
        "got a call leo was hurt, drove there crying, found him in the office w blood all down his shirt and a teacher holding ice to his head. he was so pale",
        "found him in the office w blood all down his shirt",
    ),
    (
        "X",
        "wym the flight was scary",
        "the plane dropped so fast my drink hit the ceiling, people screamed, the lady next to me grabbed my arm and was praying out loud. honestly thought that was it",
        "the plane dropped so fast my drink hit the ceiling",
    ),
    (
        "X",
        "u ok after the break in",
        "not rly. came home and the door was hanging off, drawers all pulled out, my grans ring box open on the bed and empty. just stood in the hall shaking",
        "my grans ring box open on the bed and empty",
    ),
]

# 8 discloses unmet relational needs
EXAMPLES[8] = [
    (
        "T",
        "How are things at home?",
        "Lonely. What I need is for my husband to ask about my day and actually wait for the answer, and that just doesn't happen.",
        "What I need is for my husband to ask about my day and actually wait for the answer",
    ),
    (
        "T",
        "What would have helped when you were a child?",
        "Someone who noticed when I wasn't okay without me having to announce it. I still want that, and nobody in my life does it.",
        "I still want that, and nobody in my life does it",
    ),
    (
        "T",
        None,
        "I think I need more from you in here. When you write notes while I'm talking I feel like a case file, and I need you to look at me.",
        "I need you to look at me",
    ),
    (
        "T",
        "What's missing in the friendship?",
        "Reciprocity, I suppose. I'm always the one who calls. I'd like her to reach out first sometimes, just so I know I matter to her.",
        "I'd like her to reach out first sometimes, just so I know I matter to her",
    ),
    (
        "T",
        "You said the holidays were hard.",
        "They were. I wanted my dad to say he was proud of me, just once, and he talked about football the entire time.",
        "I wanted my dad to say he was proud of me, just once",
    ),
    (
        "T",
        "What do you long for with your partner?",
        "Touch that doesn't have to lead anywhere. Just being held on the sofa. I don't get that, and I miss it terribly.",
        "Just being held on the sofa. I don't get that",
    ),
    (
        "T",
        "How was the break between sessions?",
        "Two weeks is long for me. I needed to know you'd still be here, and there was nothing to hold onto.",
        "I needed to know you'd still be here",
    ),
    (
        "T",
        "What's it like being the eldest?",
        "Nobody looks after me. I'd love for someone to cook for me for once, to say 'sit down, I've got this.'",
        "I'd love for someone to cook for me for once",
    ),
    (
        "T",
        "What did you want from your mother when you told her?",
        "Comfort. For her to hold me and say it wasn't my fault. I'm forty-three and I still want that from her.",
        "I'm forty-three and I still want that from her",
    ),
    (
        "T",
        "How are you and your wife since the baby?",
        "We're like co-workers. I need her to see me as more than the nappy-changer, and I don't know how to get that back.",
        "I need her to see me as more than the nappy-changer",
    ),
    (
        "T",
        None,
        "I realised this week what hurts most: there's nobody I can call at midnight. I need that kind of person, and I haven't got one.",
        "I need that kind of person, and I haven't got one",
    ),
    (
        "T",
        "What happens when you get home from work?",
        "He's on his phone. I want him to put it down and look at me for five minutes, just five, and it feels like too much to ask.",
        "I want him to put it down and look at me for five minutes",
    ),
    (
        "T",
        "What do you need from your team?",
        "Honestly, to be included. They go for lunch without me, and all I want is for someone to say 'come along.'",
        "all I want is for someone to say 'come along.'",
    ),
    (
        "T",
        "How do you feel about your brother's new family?",
        "Pushed out. He only calls on birthdays now. I miss being his person, and I need him to make time for me too.",
        "I need him to make time for me too",
    ),
    (
        "T",
        "What would feel supportive from me?",
        "If you'd tell me when I've done well. I need to hear it out loud sometimes; I'm starving for it.",
        "I need to hear it out loud sometimes; I'm starving for it",
    ),
    (
        "T",
        "You mentioned feeling invisible in the marriage.",
        "Yes. Just once I'd like to be asked what I want, instead of everything being decided around me.",
        "Just once I'd like to be asked what I want",
    ),
    (
        "T",
        "What did the divorce take from you?",
        "Somebody to share the small stuff with. There's no one to tell about the funny dog on the bus, and I need that more than I expected.",
        "There's no one to tell about the funny dog on the bus, and I need that",
    ),
    (
        "T",
        "How is your father since the stroke?",
        "He's managing. But nobody asks how I am. My siblings turn up for him, and I need them to show up for me too.",
        "I need them to show up for me too",
    ),
    (
        "T",
        "What's been hard about the new city?",
        "No one knows me here. I want friends who'd notice if I disappeared for a week.",
        "I want friends who'd notice if I disappeared for a week",
    ),
    (
        "T",
        "What would you want your partner to understand?",
        "That after a fight I need reassurance. Not a speech, just 'we're okay.' He goes silent and I'm left hanging.",
        "after a fight I need reassurance",
    ),
    (
        "T",
        "How did your mum react to the news?",
        "She changed the subject. I needed her to be excited with me, and she's never once given me that.",
        "I needed her to be excited with me",
    ),
    (
        "T",
        "What is intimacy like for you two lately?",
        "Missing. I long to feel desired, and I haven't felt that from her in a year.",
        "I long to feel desired",
    ),
    (
        "C",
        "What's the matter now?",
        "I need more of you. Not more stuff, not more dinners out, more of you actually here, asking how I am.",
        "I need more of you.",
    ),
    (
        "C",
        "I thought you liked your space.",
        "I do, but when you're away I also need you to check in. One message a day would mean a lot.",
        "when you're away I also need you to check in",
    ),
    (
        "C",
        "You seem annoyed.",
        "I'm not annoyed, I'm missing you. We share a house and I still miss you. I want time where you're actually with me.",
        "I want time where you're actually with me",
    ),
    (
        "C",
        "What do you want from me?",
        "To be on my side when your mum has a go at me. I have to feel you've got my back, even if you disagree later.",
        "I have to feel you've got my back",
    ),
    (
        "C",
        "Did I do something wrong?",
        "Not wrong. It's just that sometimes I need you to say you love me without me saying it first.",
        "sometimes I need you to say you love me without me saying it first",
    ),
    (
        "C",
        "You went to bed early again.",
        "Because it was lonely on the sofa. I wish you'd come and sit with me instead of being at your desk all night.",
        "I wish you'd come and sit with me",
    ),
    (
        "C",
        None,
        "Can I tell you something I've been sitting on? When you make plans with your friends I'd like to be asked along sometimes. I feel like an afterthought.",
        "I'd like to be asked along sometimes",
    ),
    (
        "C",
        "I'm listening.",
        "When I tell you about work I don't need solutions. What I need is you on my team for a minute, saying it sounds hard.",
        "What I need is you on my team for a minute",
    ),
    (
        "C",
        "Why do you keep bringing up the kitchen?",
        "It's not the kitchen. I want to feel like we're partners, like you see what I carry too.",
        "I want to feel like we're partners",
    ),
    (
        "C",
        "What's this about?",
        "I miss being touched. We hug hello and goodbye and that's it, and I need more than that.",
        "I miss being touched.",
    ),
    (
        "C",
        "You've been distant.",
        "Because I feel like I come last. Some of the time I need to be your priority, not only when everything else is done.",
        "Some of the time I need to be your priority",
    ),
    (
        "C",
        "I told you I'd be late.",
        "You did. It's the bigger thing. I need to know you want to come home to me.",
        "I need to know you want to come home to me",
    ),
    (
        "C",
        "What would help?",
        "Honestly, being asked. You never ask about my dad, and I'd love you to be curious about my life.",
        "I'd love you to be curious about my life",
    ),
    (
        "X",
        "u mad?",
        "not mad. just wish u checked in more when ur away, i feel forgotten",
        "just wish u checked in more when ur away",
    ),
    (
        "X",
        "whats wrong",
        "i need u to tell me were ok. havent heard it in days",
        "i need u to tell me were ok",
    ),
    (
        "X",
        "sorry late again",
        "its ok. but i need more time w u, feels like we only talk about bins and bills",
        "i need more time w u",
    ),
    (
        "X",
        "what did u want to talk about",
        "i want to feel like a priority sometimes. not a big thing just. sometimes",
        "i want to feel like a priority sometimes",
    ),
    (
        "X",
        None,
        "been thinking. would be nice if u asked about my day sometimes. u never do and it makes me feel invisible",
        "would be nice if u asked about my day sometimes",
    ),
    (
        "X",
        "ok goodnight",
        "wait. can i just say i miss u holding me. we havent in ages and i need that",
        "i miss u holding me. we havent in ages and i need that",
    ),
    (
        "X",
        "u seemed quiet at ur parents",
        "ya. i needed u to stand up for me when ur dad said that",
        "i needed u to stand up for me when ur dad said that",
    ),
    (
        "X",
        "whats up",
        "idk i just want someone to be excited about my news w me. nobody really was",
        "i just want someone to be excited about my news w me",
    ),
    ("X", "love u", "love u too. tbh i need to hear that more", "tbh i need to hear that more"),
]

# 11 praises the listener's ability to establish closeness
EXAMPLES[11] = [
    (
        "T",
        "We're nearly out of time.",
        "You know, you make it really easy to say things I've never said to anyone. I don't know how you do that.",
        "you make it really easy to say things I've never said to anyone",
    ),
    (
        "T",
        "How was it to talk about your father today?",
        "It felt okay, because of how you listened. When you lean in like that I feel like you're actually with me.",
        "When you lean in like that I feel like you're actually with me",
    ),
    (
        "T",
        "What's different about this time?",
        "You. You don't rush me. Sitting here with you, I feel closer to someone than I have in years.",
        "Sitting here with you, I feel closer to someone than I have in years",
    ),
    (
        "T",
        None,
        "I noticed I'm not bracing anymore when I walk in. You've made this room safe enough that I can actually let my guard down.",
        "You've made this room safe enough that I can actually let my guard down",
    ),
    (
        "T",
        "I remembered you said your daughter's recital was this week.",
        "You remembered. That's the thing about you: you hold onto the small stuff, and it makes me feel known.",
        "you hold onto the small stuff, and it makes me feel known",
    ),
    (
        "T",
        "Take your time.",
        "(laughs softly) That, right there. You always give me room, and it makes me feel like I'm not a burden to you.",
        "You always give me room, and it makes me feel like I'm not a burden to you",
    ),
    (
        "T",
        "How did that land?",
        "It landed. You have a way of saying hard things warmly, so I don't feel judged, I feel accompanied.",
        "You have a way of saying hard things warmly",
    ),
    (
        "T",
        "What's it like to be here today?",
        "Good, actually. The way you greet me at the door, like you're glad to see me, makes me feel wanted here.",
        "like you're glad to see me, makes me feel wanted here",
    ),
    (
        "T",
        "I hear how alone you felt.",
        "(cries) When you say it like that, I don't feel alone. You get right in next to it with me.",
        "You get right in next to it with me",
    ),
    (
        "T",
        "You seem more relaxed lately.",
        "I am. I think it's that you're so genuine. You don't hide behind a therapist voice, and I feel connected to you because of it.",
        "You don't hide behind a therapist voice, and I feel connected to you because of it",
    ),
    (
        "T",
        "I'm really moved by what you just shared.",
        "Seeing it touch you makes it feel shared. You're very good at letting people in.",
        "You're very good at letting people in",
    ),
    (
        "T",
        "Shall we pick up where we left off?",
        "Yes. You always find the thread, and it feels like you carry me between sessions. Nobody's ever held on to me like that.",
        "it feels like you carry me between sessions",
    ),
    (
        "T",
        "Is it okay that I asked about that?",
        "It is. You asked so gently that I wanted to answer. I've never been able to talk about the abortion with anyone before you.",
        "You asked so gently that I wanted to answer",
    ),
    (
        "T",
        "What do you notice about us today?",
        "That I trust you. You built that, really patiently. You waited for me when I was prickly, and now I feel close to you.",
        "You waited for me when I was prickly, and now I feel close to you",
    ),
    (
        "T",
        "We can go slower if you need.",
        "No, this is good. Honestly, you make the scary stuff feel speakable. I can feel you right there with me.",
        "you make the scary stuff feel speakable",
    ),
    (
        "T",
        None,
        "I told my sister about you. I said you're the first person who makes me feel understood without my having to explain everything twice.",
        "you're the first person who makes me feel understood",
    ),
    (
        "T",
        "How are you feeling about ending in a few weeks?",
        "Sad. You managed to get close to me when nobody could, and I'll miss that.",
        "You managed to get close to me when nobody could",
    ),
    (
        "T",
        "I was wondering whether my comment last week felt okay.",
        "It did, and the fact you'd check makes me feel so cared about. You really pay attention to us, to how we're doing, not just me.",
        "You really pay attention to us",
    ),
    (
        "T",
        "You laughed just then.",
        "Because you got the joke! You're so warm, it's like talking to an old friend.",
        "You're so warm, it's like talking to an old friend",
    ),
    (
        "T",
        "How was it to cry in here?",
        "Embarrassing at first. But you didn't flinch or push a tissue at me too fast. You just stayed, and that made me feel held.",
        "You just stayed, and that made me feel held",
    ),
    (
        "T",
        "What helped today?",
        "Your tone. You talk to me like we're on the same side, and it pulls me closer instead of putting me on guard.",
        "You talk to me like we're on the same side",
    ),
    (
        "T",
        "I'm glad you came back after last time.",
        "Me too. The way you handled it, so openly, left me feeling closer to you afterwards, not further away.",
        "left me feeling closer to you afterwards",
    ),
    (
        "C",
        "Tell me more, I'm listening.",
        "That, the phone face down, your eyes on me. When you're like this I could tell you anything.",
        "When you're like this I could tell you anything",
    ),
    (
        "C",
        "I'm sorry I snapped.",
        "I know. You're really good at coming back after a fight. You always find your way back to me.",
        "You always find your way back to me",
    ),
    (
        "C",
        "Come here.",
        "(laughs) How do you always know I need a hug before I do? It's like you can read me.",
        "How do you always know I need a hug before I do?",
    ),
    (
        "C",
        "How was your day, really?",
        "I love that you say 'really'. You make it so easy to open up, you know that?",
        "You make it so easy to open up",
    ),
    (
        "C",
        None,
        "Can I tell you something? The way you hold my hand in waiting rooms makes me feel like we're a team. Nobody's ever done that for me.",
        "The way you hold my hand in waiting rooms makes me feel like we're a team",
    ),
    (
        "C",
        "I made you tea, thought you might want to talk.",
        "You're amazing at this, noticing, then just being near without pushing. It makes me want to talk.",
        "noticing, then just being near without pushing",
    ),
    (
        "C",
        "Why are you smiling?",
        "Because last night, when you asked about my dad and actually waited, I felt closer to you than I have in months. You have a gift for that.",
        "You have a gift for that",
    ),
    (
        "C",
        "Did I say something wrong?",
        "No, the opposite. You talk about your own fears too, and that makes me feel let in, like we're really in this together.",
        "You talk about your own fears too, and that makes me feel let in",
    ),
    (
        "C",
        "You seem calmer.",
        "Because of you. You're so patient when I'm spiralling; you slow right down and I feel you with me.",
        "you slow right down and I feel you with me",
    ),
    (
        "C",
        "I missed you today.",
        "You always say it first, and it makes me feel so wanted. You're brilliant at keeping us close even on days we're apart.",
        "You're brilliant at keeping us close even on days we're apart",
    ),
    (
        "C",
        "We're okay, you know.",
        "I know. The way you say that, so simply, settles something in me. I feel safe with you.",
        "The way you say that, so simply, settles something in me",
    ),
    (
        "C",
        "Want to go for a walk and talk?",
        "See, this is what you're good at. Side by side, no pressure. You always find a way to get me talking.",
        "You always find a way to get me talking",
    ),
    (
        "C",
        "Sorry, I'm rubbish at this emotional stuff.",
        "You're not, though. When you just put your hand on my back like that, I feel closer to you than words would manage.",
        "When you just put your hand on my back like that, I feel closer to you",
    ),
    (
        "X",
        "thinking of u today. hows the new job",
        "u always know when to message. makes me feel so close to u even from here",
        "u always know when to message",
    ),
    (
        "X",
        "tell me everything",
        "love that u actually want the whole story. ur so easy to talk to",
        "ur so easy to talk to",
    ),
    (
        "X",
        "proud of u btw",
        "the way u say stuff like that makes me feel so seen. ur really good at that",
        "the way u say stuff like that makes me feel so seen",
    ),
    (
        "X",
        "call later?",
        "yes pls. u make even phone calls feel like ur right next to me",
        "u make even phone calls feel like ur right next to me",
    ),
    (
        "X",
        None,
        "just realised i tell u things i never tell anyone. u make it feel safe to",
        "u make it feel safe to",
    ),
    (
        "X",
        "sorry about earlier, i was grumpy",
        "its ok. u always come back and talk it through, its why i feel close to u",
        "u always come back and talk it through, its why i feel close to u",
    ),
    (
        "X",
        "how did the talk w ur mum go",
        "ok. kept thinking of how u listened last night. ur so good at making me feel not alone",
        "ur so good at making me feel not alone",
    ),
    (
        "X",
        "sending a hug",
        "ur hugs over text somehow work lol. u really know how to make me feel held",
        "u really know how to make me feel held",
    ),
    (
        "X",
        "wanna talk or just sit on the phone together",
        "this is why i love u. u get that sometimes i just need u there, no talking. makes me feel so close",
        "u get that sometimes i just need u there",
    ),
]


def build_rows() -> list[dict]:
    rows: list[dict] = []
    for number, examples in EXAMPLES.items():
        for n, entry in enumerate(examples, start=1):
            reg, ctx, text, evidence = entry[:4]
            extra = list(entry[4]) if len(entry) > 4 else []
            register = REGISTERS[reg]
            speaker = "patient" if register == "therapy" else "partner"
            listener = "therapist" if register == "therapy" else "partner"
            turns = [] if ctx is None else [ctx] if isinstance(ctx, str) else list(ctx)
            rows.append(
                {
                    "id": f"ms{number:03d}-{n:03d}",
                    "register": register,
                    "context": [{"role": listener, "text": t} for t in turns],
                    "role": speaker,
                    "text": text,
                    "markers": [number, *extra],
                    "ruptures": [],
                    "evidence": evidence,
                }
            )
    return rows


def validate(rows: list[dict]) -> None:
    ids = Counter(r["id"] for r in rows)
    dupes = [i for i, c in ids.items() if c > 1]
    if dupes:
        raise SystemExit(f"duplicate ids: {dupes}")
    for r in rows:
        if r["evidence"] not in r["text"]:
            raise SystemExit(f"{r['id']}: evidence {r['evidence']!r} is not a substring of text")
    texts = Counter(r["text"] for r in rows)
    if any(c > 1 for c in texts.values()):
        raise SystemExit("duplicate texts")


def main() -> None:
    rows = build_rows()
    validate(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = Counter((r["markers"][0], r["register"]) for r in rows)
    for number in EXAMPLES:
        per = {reg: counts[(number, reg)] for reg in REGISTERS.values()}
        print(number, sum(per.values()), per)


if __name__ == "__main__":
    main()
