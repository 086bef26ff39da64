"""Confrontation rupture examples, part 1. Format per line: REG | context | text | evidence | salience [| markers]
REG: T therapy, C couple, X text. Context turns separated by ' // '."""

DATA = {}

DATA["complaint_about_therapist"] = """
T | How did it feel to tell your sister about the diagnosis? | You keep asking how things feel like it's a script. Honestly it makes you sound like a textbook. | it makes you sound like a textbook | 4
T | I notice you went quiet just then. | Because you weren't listening. You were writing something down the whole time I was talking. | you weren't listening | 3
T | Let's stay with that memory of your father for a moment. | I don't think you actually get what it was like growing up in that house. You can't, with your background. | I don't think you actually get what it was like | 4
T | What comes up for you when I say that? | (sighs) Mostly that you're pretty cold today. Like I'm case number six on your list. | you're pretty cold today | 4
T | It sounds like the move was harder than you expected. | You always paraphrase me back to myself. I know what I said, I was there. | You always paraphrase me back to myself | 3 | 62
T | I wonder if some of that anger is about your boss. | You sound exactly like my mother right now, and I don't mean that as a compliment. | You sound exactly like my mother right now | 4
T | Can you say more about the argument with Dev? | Sure. Though last time I said more you just kind of nodded and looked at the clock. | you just kind of nodded and looked at the clock | 2
T | You seem tense today. | I'm tense because I get the feeling you've already made up your mind about me. | you've already made up your mind about me | 3
T | How was the week? | Fine. I almost didn't come, to be honest. You were kind of dismissive last Thursday when I brought up the divorce. | You were kind of dismissive last Thursday | 3
T | I hear that you're frustrated with your team. | Do you? Because your face doesn't look like you hear anything. | your face doesn't look like you hear anything | 4
T | I'm wondering what it's like to be talking about this with me. | Not great. You're very young and I'm not sure you've ever lost anybody. | I'm not sure you've ever lost anybody | 3
T | That sounds painful. | Everything "sounds painful" to you. It's like you have three phrases and you rotate them. | you have three phrases and you rotate them | 5
T | Let me check I've understood: you felt pushed aside at the wedding. | Close, I guess. You tend to get things about half right with me. | You tend to get things about half right with me | 2
T | What would you want me to understand about that? | That you're not on my side. You sided with my husband the minute I described the fight. | You sided with my husband | 4
T | You laughed when you said that. | Yeah, well, you're a bit humourless, no offence. Not everything has to be a big deep moment. | you're a bit humourless | 2
T | I'd like to hear about the hospital stay. | Why, so you can analyse it? You seem more interested in your theories than in me. | more interested in your theories than in me | 4
T | How are you doing with the medication change? | I told you last session. You clearly don't remember anything I say between weeks. | You clearly don't remember anything I say | 4
T | I noticed you looked away when I mentioned your son. | And I noticed you pounce on every little thing I do. It's exhausting being watched like a lab rat. | you pounce on every little thing I do | 5
T | Where would you like to start today? | Somewhere you won't lecture me, ideally. You lectured me for half the hour on Monday. | You lectured me for half the hour on Monday | 3
T | I'm not sure I follow. Can you walk me through it again? | I've walked you through it twice. I don't know if you're tired or just not that sharp with this stuff. | just not that sharp with this stuff | 4
T | It seems like trust is a big theme for you. | Maybe, but it's hard to trust someone who acts so detached. You don't give me anything back. | someone who acts so detached | 3
C | I said I'd do the dishes later. | You say that every night, and later means never. You're just lazy about anything that isn't fun for you. | You're just lazy about anything that isn't fun for you | 4 | 62
C | Why are you looking at me like that? | Because you're being incredibly smug right now and you don't even see it. | you're being incredibly smug right now | 4
C | I was only joking about your mum. | You're always "only joking." You've got a mean streak and you hide it behind jokes. | You've got a mean streak | 5 | 62
C | Can we talk about the holiday plans? | We can, if you actually listen this time instead of checking your phone every ten seconds. You're so distracted with me. | You're so distracted with me | 3
C | I thought the dinner went well. | For you, sure. You talked over me the whole night. You never notice when you do it. | You talked over me the whole night | 3 | 62
C | What's wrong now? | "Now." See, that's it. You make me feel like a nuisance every time I'm upset. | You make me feel like a nuisance | 4
C | I told you I'm sorry. | You say sorry like you're reading a parking ticket. There's nothing behind it. | You say sorry like you're reading a parking ticket | 4
C | I just don't see why it's a big deal. | Because you're selfish with money and I'm tired of pretending you're not. | you're selfish with money | 5
C | I'm listening. | No, you're waiting for your turn to talk. You've done that since we met. | you're waiting for your turn to talk | 3
C | Honey, come sit down. | In a minute. You're a bit overbearing tonight, you know that? | You're a bit overbearing tonight | 2
C | I think you're reading too much into it. | And you're not reading anything into anything. You're about as perceptive as a brick wall sometimes. | as perceptive as a brick wall | 5
C | Your sister's coming Saturday, right? | Yes. And please don't be rude to her again, you were kind of cold last time. | you were kind of cold last time | 2
C | I fixed the shelf like you asked. | Thanks. Took three weeks, but thanks. You only do things when it's your idea. | You only do things when it's your idea | 3
X | did u see my msg earlier | yeah. ur so passive aggressive over text its unreal | ur so passive aggressive over text | 4
X | why r u mad | bc u dont care unless its about u. as usual | u dont care unless its about u | 5
X | ok whatever you want | see this is what i mean, ur so checked out with me lately | ur so checked out with me lately | 3
X | lol relax | dont tell me to relax. u never take anything i say seriously | u never take anything i say seriously | 4 | 62
X | home in 20 | k. would be nice if u asked how my day was for once, u can be pretty self absorbed | u can be pretty self absorbed | 3
X | i already said sorry | u did. u just dont mean it. u never mean it | u just dont mean it | 3 | 62
X | can we not do this rn | u always say that when ur wrong. ur kind of a coward about fights tbh | ur kind of a coward about fights | 4 | 62
X | sure, sounds good | sounds good?? thats it? u r so hard to read sometimes | u r so hard to read sometimes | 2
"""

DATA["rejects_intervention"] = """
T | What if you wrote your father a letter you never send? | No. I'm not doing that. It's the kind of thing people do in films. | No. I'm not doing that. | 4
T | I wonder if the anger at your boss is also anger at your dad. | I don't think so, no. My boss is just a jerk, there's nothing deeper there. | I don't think so, no. | 3
T | Maybe you could try saying no to one small request this week. | That doesn't work with my family. You don't know them, they'd steamroll me. | That doesn't work with my family. | 3
T | It sounds like part of you is still waiting for her approval. | That's a stretch. I stopped caring what she thinks years ago. | That's a stretch. | 3
T | Could we try a breathing exercise right now, just for a minute? | I'd rather not. Breathing isn't my problem, my landlord is. | I'd rather not. | 2
T | I'm noticing you apologise a lot in here. | I'm just polite. I don't think it means anything, so can we drop it. | I don't think it means anything, so can we drop it | 3
T | Perhaps the panic is telling you something about the job. | Or perhaps it's just panic. Not everything is a message from my unconscious. | Not everything is a message from my unconscious | 4
T | Would it help to bring your wife in for a session? | Absolutely not. This is my space, I'm not dragging her into it. | Absolutely not. | 4
T | You might be protecting yourself by staying busy. | I'm busy because I have three kids and a job. That's not protection, that's Tuesday. | That's not protection, that's Tuesday | 3
T | What if we looked at this as grief rather than depression? | Calling it grief doesn't change anything. I've tried thinking of it that way and it didn't fit. | it didn't fit | 2
T | One idea is to set a worry time, fifteen minutes a day. | I've heard of that. It sounds ridiculous to me, scheduling my worrying. | It sounds ridiculous to me | 3
T | I'm curious whether you felt hurt, not just annoyed. | No, annoyed. I know the difference. Don't put words in my mouth. | Don't put words in my mouth | 4
T | It could be useful to tell your friend how that comment landed. | That's not how our friendship works. We don't do the feelings talk, and I won't start. | I won't start | 3
T | Maybe the drinking is a way of not feeling lonely. | Nope. I drink because I like beer. You're reading way too much into it. | You're reading way too much into it | 4
T | Could you try journaling after the difficult calls? | Eh. I'm not really a journaling person. I'll think about it, but probably not. | I'll think about it, but probably not | 1
T | It sounds like you're afraid he'll leave. | He's not going anywhere, and I'm not afraid. That's not what this is about. | That's not what this is about | 3
T | I'd suggest we slow down and stay with that sadness. | I don't want to stay with it. I want to get past it, which is the whole reason I'm here. | I don't want to stay with it | 3
T | Have you thought about a support group for carers? | I went to one once. Sitting in a circle sharing isn't for me, so that's a no. | that's a no | 3
T | Perhaps you're harder on yourself than on anyone else. | (laughs) Hardly. I'm harder on everyone. That theory doesn't hold up. | That theory doesn't hold up | 1
T | What would happen if you let your manager see you struggling? | I'd get sidelined, that's what. That advice might work in your world, not in finance. | That advice might work in your world, not in finance | 4
T | I think the dream might be about feeling trapped. | I think it's about eating cheese before bed. Honestly, I don't buy dream stuff. | I don't buy dream stuff | 3
C | Maybe we should see a couples counsellor. | I'm not sitting in front of a stranger talking about our sex life. No. | No. | 4
C | What if we each had one night a week to ourselves? | That just sounds like we're giving up on each other. I don't like that idea at all. | I don't like that idea at all | 3
C | I think you get snappy when you're hungry. | It's not hunger, it's you. Don't turn it into a snack problem. | It's not hunger, it's you | 4
C | We could make a budget together on Sunday. | A budget won't fix it. You'll just ignore it like the last one. | A budget won't fix it | 3
C | Maybe call your brother and clear the air? | Not happening. He owes me the call, not the other way round. | Not happening. | 4
C | Have you tried just telling her you're tired? | Of course I've tried, that doesn't work with my mother. Suggest something real. | that doesn't work with my mother | 3
C | You could take the Friday off and rest. | I can't just take Fridays off, that's not an option for me. | that's not an option for me | 2
C | I think you're upset about the job, not about the towels. | No, I'm upset about the towels. Stop psychoanalysing me. | Stop psychoanalysing me | 4
C | We could try putting the phones in a drawer during dinner. | Mm, I don't think that'll work for us. I need mine for the on-call stuff anyway. | I don't think that'll work for us | 1
C | Why don't you let me handle the school emails for a while? | No thanks, you'll miss half of them. I'll keep doing it. | No thanks, you'll miss half of them | 3
C | What if we moved closer to your parents? | That's the worst idea you've had all year. | That's the worst idea you've had all year | 5
C | I could come with you to the appointment, if you like. | I'd honestly rather go on my own. Having you in the room would make me clam up. | I'd honestly rather go on my own | 2
C | Maybe you just need to sleep on it. | Sleeping on it won't change what he said. Don't brush it off with that. | Sleeping on it won't change what he said | 3
X | maybe text her and apologise first? | nah not doing that. she started it | nah not doing that | 3
X | u should see a doctor about the back thing | its fine, not going to a doctor for a sore back | not going to a doctor for a sore back | 2
X | try going to bed earlier maybe | thats not the issue lol. its the neighbours | thats not the issue | 2
X | we could split the chores w an app? | an app is not gonna fix this. no | an app is not gonna fix this | 3
X | maybe ur just stressed abt the exam | no im not. stop telling me what im feeling | stop telling me what im feeling | 4
X | how abt we just skip xmas at ur parents this yr | no way. not an option | no way. not an option | 4
X | have u thought abt asking for a raise | yeah and its pointless, they dont give raises. drop it | drop it | 3
X | just talk to him tmrw | not gonna happen. i said what i said | not gonna happen | 3
"""

DATA["complaint_about_activities"] = """
T | For homework, I'd like you to keep the thought record again this week. | Those thought records are a waste of time. I fill in the little columns and nothing changes. | Those thought records are a waste of time | 4
T | Let's try the empty chair again. | Talking to a chair makes me feel like an idiot. I did it last time and hated every second. | Talking to a chair makes me feel like an idiot | 4
T | How did the mindfulness practice go? | Badly. Sitting there noticing my breath just makes me more anxious. I don't see the point of it. | I don't see the point of it | 3
T | Shall we go back to the timeline we started? | If we must. Drawing my life on a line feels a bit like school. | Drawing my life on a line feels a bit like school | 2
T | I'd like to do some role play around the conversation with your landlord. | Role play is so awkward. Can't we just talk normally? | Role play is so awkward | 3
T | Let's look at the questionnaire you filled in. | Honestly those questionnaires are pointless, the questions don't fit my life at all. | those questionnaires are pointless | 3
T | Can you rate your anxiety right now from zero to ten? | I hate the number thing. I'm not a thermometer. | I hate the number thing | 3
T | Let's continue with the exposure list. | The exposure stuff is brutal and I don't think it's helping. Making myself ride lifts for fun isn't therapy, it's torture. | The exposure stuff is brutal and I don't think it's helping | 4
T | What did you notice when you did the body scan? | That it's boring. Forty minutes of lying on the floor thinking about my toes. | That it's boring | 2
T | Where should we begin today? | Not with the worksheets again, please. I feel like I'm doing admin instead of therapy. | I feel like I'm doing admin instead of therapy | 3
T | Would you be willing to keep a mood diary? | I kept one in my twenties. It made me obsess about every bad hour. Diaries are not good for me. | Diaries are not good for me | 3
T | How was talking to your inner child this week? | (laughs) I couldn't do it. That whole inner child thing is so cheesy I can't take it seriously. | That whole inner child thing is so cheesy | 4
T | Let's pick up where we left off. | Can we skip the talking-about-childhood part? Going over the same old stories every week is getting tedious. | Going over the same old stories every week is getting tedious | 3
T | I'd like to try some guided imagery. | I'm really not a visualising person. Picturing a safe beach does absolutely nothing for me. | Picturing a safe beach does absolutely nothing for me | 3
T | How did the behavioural activation plan go? | Scheduling "pleasant activities" felt fake. Like ticking boxes to pretend I'm happy. | Scheduling "pleasant activities" felt fake | 3
T | We'll do the grounding exercise before we finish. | Do we have to? Counting five things I can see feels a bit silly at my age. | Counting five things I can see feels a bit silly | 2
T | Tell me about the reading I gave you. | I got through two pages. Self-help books make me cringe, they're all the same advice in different fonts. | Self-help books make me cringe | 3
T | Shall we map out the cycle again on the whiteboard? | The whiteboard again. I get the diagram, I don't need to see arrows every week. | I don't need to see arrows every week | 1
T | I'd like you to practise the assertive sentence in the mirror. | Talking to a mirror is humiliating. I'm not doing mirror homework. | Talking to a mirror is humiliating | 4
T | How about we just talk freely today? | Just talking in circles isn't helping either. We sit here, I talk, you say "hm," we go home. | Just talking in circles isn't helping either | 3
T | What was the hardest part of the sleep diary? | Filling it in at three in the morning. The diary keeps me awake more than the insomnia does. | The diary keeps me awake more than the insomnia does | 2
C | Let's do the check-in thing from the book tonight. | Ugh, the check-in thing. Rating our week out of ten feels like a performance review. | Rating our week out of ten feels like a performance review | 3
C | Did you do the love-languages quiz I sent? | I started it. Those quizzes are nonsense, every answer was "both". | Those quizzes are nonsense | 3
C | The counsellor said we should do ten minutes of eye contact. | I know, and it's excruciating. Staring at each other in silence is not my idea of connecting. | Staring at each other in silence is not my idea of connecting | 3
C | Let's do our Sunday planning meeting. | These Sunday meetings are starting to feel like work. I'm sick of the agenda. | These Sunday meetings are starting to feel like work | 3
C | I thought we could try the speaker-listener thing again. | Holding a piece of tile and waiting your turn is so unnatural. I hated it last time. | Holding a piece of tile and waiting your turn is so unnatural | 4
C | Want to keep doing the gratitude jar? | Honestly the jar feels forced. Writing "thanks for the coffee" on a slip of paper isn't romance. | the jar feels forced | 2
C | Should we do the date-night card deck again? | Those question cards are so cringe. "What's your favourite memory of me?" I can't. | Those question cards are so cringe | 3
C | I wrote down our fight rules, can you read them? | A list of rules for fighting? That's the most joyless thing I've ever seen. | That's the most joyless thing I've ever seen | 4
C | Let's talk it through like the therapist showed us. | All this structured talking just makes us both sound like robots. | All this structured talking just makes us both sound like robots | 3
C | Did you fill out the chore spreadsheet? | No, because the spreadsheet is ridiculous. Colour-coding who empties the bins is overkill. | the spreadsheet is ridiculous | 3
C | Can we do the weekly "highs and lows" at dinner? | Honestly it's become a chore. I dread it a little. | it's become a chore | 2
C | I booked us into the couples' workshop again. | The last workshop was awful. Trust falls with strangers is not what we need. | The last workshop was awful | 4
C | Want to try the breathing app together before bed? | That app is so annoying. The voice makes me want to throw the phone. | That app is so annoying | 2
X | did u do the journal prompt today | no those prompts are so dumb. "describe ur ideal tuesday" like what | those prompts are so dumb | 3
X | reminder: our 10 min talk at 9 | do we really need a scheduled talk. feels like a meeting w my boss | feels like a meeting w my boss | 3
X | i sent u the worksheet from the counsellor | saw it. not filling that in, its pointless | not filling that in, its pointless | 4
X | lets do the appreciation thing tonight | the appreciation thing feels so fake tbh | the appreciation thing feels so fake | 3
X | u still doing the meditation streak? | quit. it was boring and made me more wound up | it was boring and made me more wound up | 2
X | can we try the timeout rule again | timeout rule is useless, u just leave and come back madder | timeout rule is useless | 4
X | did u read the chapter | skimmed it. these relationship books are all the same fluff | these relationship books are all the same fluff | 3
X | we said we'd do the budget app together | that app is such a pain. every coffee logged like a crime | that app is such a pain | 2
"""
