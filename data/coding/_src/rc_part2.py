"""Confrontation rupture examples, part 2 (same line format as rc_part1)."""

DATA = {}

DATA["complaint_about_parameters"] = """
T | We have about ten minutes left. | Ten minutes? We always stop right when I get to the real stuff. Fifty minutes is not enough. | Fifty minutes is not enough | 3 | 62
T | Before we start, a reminder that the fee goes up next month. | Again? That's the second rise this year. I'm paying more than my car loan for this. | That's the second rise this year | 4
T | I'm sorry I had to cancel on Tuesday. | That's the third time this term. I rearranged my whole shift for that slot. | That's the third time this term | 4
T | How was the week? | Long. And to be honest, every other week isn't enough. I fall apart by day ten. | every other week isn't enough | 3
T | Let's get going, we started a bit late. | A bit late? I sat in that waiting room for fifteen minutes. That's my time I'm paying for. | That's my time I'm paying for | 4
T | I'll be away for three weeks in August. | Three weeks. Right. Nice for you, but it's the worst possible timing for me. | it's the worst possible timing for me | 3
T | Could we move to video for the next few sessions? | I really don't like video. It's not the same, and my flat has no privacy. | I really don't like video | 2
T | The late-cancellation fee applies because it was under 24 hours. | I had a sick kid. Charging me for that feels pretty heartless. | Charging me for that feels pretty heartless | 4
T | What would you like to focus on today? | First, the room. It's freezing in here and that chair is killing my back. | It's freezing in here and that chair is killing my back | 2
T | We can only offer Thursday mornings now. | Thursday mornings don't work, I teach. You know that. Why does my schedule always have to bend? | Thursday mornings don't work | 3 | 62
T | I'll need to end a couple of minutes early today. | Again? Last week too. It's starting to feel like I get the leftover time. | It's starting to feel like I get the leftover time | 3
T | The insurance only covers twelve sessions. | So you're telling me I get twelve hours to fix thirty years. That's absurd. | twelve hours to fix thirty years | 4
T | I don't usually answer emails between sessions. | Then what am I supposed to do at 2 a.m. when it's bad? A week between contact is too long. | A week between contact is too long | 3
T | Shall we begin? | Can I just say the noise from the corridor is really distracting. People walk past and I can hear every word. | the noise from the corridor is really distracting | 2
T | I saw you checked your phone a few times there. | Yes, and you took a call in my session last month, so. It's the same thing. | you took a call in my session last month | 3
T | We'll finish here for today. | We're finishing in the middle of me crying? The clock matters more than I do in here. | The clock matters more than I do in here | 5
T | Is the new time working for you? | Not really. Eight in the morning means I come in half asleep and then I'm late for work. | Eight in the morning means I come in half asleep | 2
T | I've had to switch rooms, we're upstairs from now on. | I liked the old room. This one feels like a dentist's office. | This one feels like a dentist's office | 1
T | I've sent the invoice for March. | I saw. I was charged for the session you moved. That's not fair. | I was charged for the session you moved | 3
T | How did it feel to be back after the break? | Annoyed, mostly. You announced the break with one week's notice. | You announced the break with one week's notice | 3
T | Let's use the full hour today. | Good, because the waiting list took four months. I'm not wasting a minute. | the waiting list took four months | 2
C | Sorry, I need to take this call. | Of course you do. Every single time we sit down to talk, that phone wins. | that phone wins | 4 | 62
C | Can we talk about it tomorrow? | Tomorrow you'll be at the gym till nine. We never get to talk when you're not exhausted. | We never get to talk when you're not exhausted | 3 | 62
C | I'll be back around eleven. | Eleven on a work night, again. It's too late to talk about anything by then. | It's too late to talk about anything by then | 3
C | Let's do this after the kids are in bed. | That's what you said last night and you fell asleep on the sofa. The timing never works. | The timing never works | 3
C | I can only do a quick chat, I'm in the car. | I don't want to have this conversation on speaker while you're driving. | I don't want to have this conversation on speaker while you're driving | 3
C | Why are you bringing this up now? | Because there's never a right time with you. It's always too early, too late or too public. | there's never a right time with you | 3 | 62
C | Let's sort the holiday out at your mum's on Sunday. | Not at your mum's. I'm not discussing our plans with her sitting at the table. | Not at your mum's | 3
C | Hang on, let me just answer this email. | You've been "answering an email" for twenty minutes while I talk to the side of your head. | You've been "answering an email" for twenty minutes | 4
C | Can we sort it over lunch tomorrow? | Lunch gives us half an hour, and you always spend fifteen of it ordering. | Lunch gives us half an hour | 2
C | I booked the table for eight. | Eight is late for me, you know I'm up at five. Could you check with me before booking? | Eight is late for me | 1
C | I cancelled the weekend away, work came up. | That's the second weekend you've cancelled. Plans with me are always the first to go. | Plans with me are always the first to go | 4 | 62
C | I'll call you during my break. | Your break is ten minutes and you're eating. Those calls are pointless. | Your break is ten minutes | 2
C | We can talk while I make dinner. | I'd rather not talk over the extractor fan. You can't hear half of what I say. | I'd rather not talk over the extractor fan | 2
X | sorry was in a meeting | its 9pm. u said 6. this keeps happening | u said 6. this keeps happening | 3
X | can u call at lunch | lunch is 12 min for me, no. we always squeeze our talks into nothing | we always squeeze our talks into nothing | 3 | 62
X | ill reply properly later | u always reply properly later and later never comes | later never comes | 3 | 62
X | brb phone dying | ofc it is. every time we talk about money | every time we talk about money | 2
X | lets talk tonight | not after 10 again, im wrecked by then | not after 10 again | 2
X | cant do sunday sorry | thats the 3rd sunday. when r we actually supposed to see each other | when r we actually supposed to see each other | 4
X | can we do this over text | no i hate fighting over text. call me or wait till im home | i hate fighting over text | 3
X | running late, 40 min | 40?? i already left. could u tell me before i leave next time | could u tell me before i leave next time | 2
"""

DATA["complaint_about_progress"] = """
T | What would you like to look at this week? | I don't know. We've been at this for eight months and I still can't sleep. What's the plan? | We've been at this for eight months and I still can't sleep | 4
T | How have things been since we last met? | Same as always. Honestly I'm not sure therapy is doing anything for me. | I'm not sure therapy is doing anything for me | 4
T | It sounds like you handled your sister better this time. | Did I? It doesn't feel like it. I'm still the same anxious mess I was in January. | I'm still the same anxious mess I was in January | 3
T | Let's review the goals we set at the start. | Let's. Not a single one is done. That's kind of depressing after a year. | Not a single one is done | 4
T | I've noticed you're speaking up more in meetings. | Speaking up more, sure, but the panic attacks haven't budged. That's what I came for. | the panic attacks haven't budged | 3
T | Where do you feel we are with things? | Stuck. We go round the same loop every week and I leave feeling exactly the same. | I leave feeling exactly the same | 4
T | How's the drinking been? | Worse, if anything. I thought by now something would have shifted. | I thought by now something would have shifted | 3
T | What's it like to come in today? | Frustrating. My friend did six sessions of CBT and was fine. I'm on session thirty. | I'm on session thirty | 4
T | It took courage to call your dad. | Maybe. But nothing's actually different between us. All this work and we're still not talking. | All this work and we're still not talking | 3
T | Can you tell me about the week? | Pretty much a copy of last week. I keep waiting for the breakthrough you promised. | I keep waiting for the breakthrough you promised | 4
T | Let's continue working on the self-criticism. | We've "worked on it" since spring. I'm starting to wonder if it's working at all. | I'm starting to wonder if it's working at all | 3
T | How are the nightmares? | Still there. Four nights out of seven. I don't see much improvement, to be honest. | I don't see much improvement | 3
T | I think we're making headway, slowly. | Slowly is an understatement. At this rate I'll be sixty before I can get on a plane. | At this rate I'll be sixty before I can get on a plane | 4
T | What stood out for you from last session? | Not much. It's been a lot of insight and very little change. | a lot of insight and very little change | 3
T | Shall we set a new goal for the next month? | What's the point of new goals when we haven't reached the old ones? | we haven't reached the old ones | 3
T | You mentioned feeling a bit lighter last week. | One good day, that's all. It's not progress, it's a fluke. | It's not progress, it's a fluke | 2
T | How have you been sleeping? | No better. My partner keeps asking if this is helping, and I don't know what to tell her. | I don't know what to tell her | 2
T | What would make today useful for you? | Seeing some results, frankly. I've spent a lot of money and I'm not seeing them. | I've spent a lot of money and I'm not seeing them | 4
T | You sound discouraged. | I am. It's been two years and I'm still afraid of my own phone ringing. | It's been two years and I'm still afraid of my own phone ringing | 4
T | How did the conversation with your boss go? | It didn't happen. Like last month. I thought this would be easier by now. | I thought this would be easier by now | 2
T | I'd like to check how you feel our work is going. | Slow. Too slow. Sometimes I think we're just chatting. | Sometimes I think we're just chatting | 3
C | I feel like we're doing better lately. | Do you? Because we've had the same fight about your phone for a year and nothing's changed. | nothing's changed | 4
C | I've been trying, you know. | Trying for months and we're still sleeping in separate rooms. | we're still sleeping in separate rooms | 4
C | The counselling is helping, I think. | Twelve sessions and you still shut down the second I raise money. I'm not seeing it. | I'm not seeing it | 3
C | Let's give it a bit more time. | We've given it time. Two years of "more time". I'm done waiting for things to get better. | Two years of "more time" | 5
C | I did the washing up without being asked. | Great, one evening. But the big stuff hasn't moved at all since Christmas. | the big stuff hasn't moved at all since Christmas | 3
C | Can we talk about us again? | We talk and talk and it goes nowhere. We end up right where we started every single time. | We end up right where we started every single time | 4 | 62
C | Things feel calmer this month, right? | Calmer because we avoid each other. That's not progress. | That's not progress | 3
C | I said I'd work on my temper. | You said that in March. It's November and you still slam doors. | It's November and you still slam doors | 4
C | We're getting there, love. | Are we? It feels like we've been "getting there" forever. | we've been "getting there" forever | 3
C | I read that book you wanted me to read. | Good, but reading about it hasn't changed how we talk to each other. | reading about it hasn't changed how we talk to each other | 2
C | I think we've come a long way. | Funny, I think we've barely moved. We're still having the exact same arguments from when we moved in. | I think we've barely moved | 3
C | The sex stuff will come back, give it time. | It's been a year. I'm honestly losing hope that it'll ever change. | I'm honestly losing hope that it'll ever change | 3
C | We haven't fought all week. | Because we haven't talked all week. Don't call that improvement. | Don't call that improvement | 3
X | i think were doing better | same convo as last month tho. nothing changes | nothing changes | 3
X | i really am trying | trying since summer and its still the same | its still the same | 3
X | good chat last night right | it was fine but we have that chat every week and nothing happens after | nothing happens after | 3
X | counselling tmrw at 5 | ok. tbh i dont think its working | i dont think its working | 3
X | told u ill do better | u said that in feb | u said that in feb | 2
X | we'll get there | when tho. its been a year | its been a year | 3
X | things r better than before | r they? still the same fight every sunday | still the same fight every sunday | 3
X | give me time | ive given u 2 yrs of time. still nothing | still nothing | 4
"""

DATA["defends_self"] = """
T | I noticed you arrived late again. | I had to drop my son at school, it's not like I'm doing it on purpose. The traffic on that road is insane. | it's not like I'm doing it on purpose | 3
T | You mentioned you didn't do the homework. | Double shifts, all week. I'm not lazy, I literally didn't have an evening free. | I'm not lazy | 4
T | It sounds like you raised your voice with your daughter. | Only because she'd lied three times. Any parent would have. | Any parent would have | 3
T | I wonder what made you cancel at the last minute. | It wasn't avoidance, if that's what you're thinking. My car broke down. | It wasn't avoidance, if that's what you're thinking | 4
T | You seem to change the subject when we get to your mother. | I don't change the subject. I was answering your question, it just went somewhere else. | I don't change the subject | 3
T | It sounds like you didn't tell your partner about the debt. | Look, I was waiting for the right moment, I wasn't hiding it. | I wasn't hiding it | 4
T | You said you had a few drinks before coming in? | Two glasses of wine with lunch. That's normal for a Saturday, I'm not some alcoholic. | I'm not some alcoholic | 4
T | I'm curious why you didn't mention the relapse last week. | Because it was one night and I handled it. I don't have to report every little thing. | I don't have to report every little thing | 3
T | You laughed when she cried. | I laughed because I was nervous, not because I thought it was funny. I'm not a monster. | I'm not a monster | 4
T | It seems like you're quite critical of your colleagues. | I'm critical because they're sloppy. Somebody has to hold the standards. | Somebody has to hold the standards | 3
T | Did you speak to your brother after the funeral? | No, but he didn't call me either. Why is it always on me? | he didn't call me either | 3 | 62
T | You mentioned you read your wife's messages. | Once. And I had good reason to, she'd been acting strange for weeks. | I had good reason to | 4
T | I notice you interrupt me quite often. | I'm not trying to be rude. I just think fast and I want to get it all out before I lose it. | I'm not trying to be rude | 2
T | How did it go with the job application? | I didn't send it, but not because I gave up. The posting was badly written, it was probably already filled. | not because I gave up | 3
T | I wonder if there's a pattern in how your relationships end. | The pattern is I pick people who leave. That's not my fault. | That's not my fault | 4
T | You seem a bit defensive right now. | I'm not defensive, I'm explaining. There's a difference. | I'm not defensive, I'm explaining | 4
T | It sounds like you forgot your mum's birthday. | I didn't forget, I was in hospital. I sent a card late, which is more than my sister did. | I didn't forget, I was in hospital | 3
T | You haven't been taking the medication? | I take it most days. Missing a few doesn't make me noncompliant or whatever the word is. | Missing a few doesn't make me noncompliant | 3
T | You described yourself as "checking out" with the kids. | I said sometimes. I'm there for them more than most dads I know. | I'm there for them more than most dads I know | 1
T | What stopped you from saying something to your manager? | I did say something, just not in those words. I'm not a pushover. | I'm not a pushover | 3
T | It sounds like you spent quite a lot on the trip. | It was my bonus money. I'm allowed to enjoy something once in a while. | I'm allowed to enjoy something once in a while | 3
C | You forgot to pick up the prescription. | The pharmacy was shut when I got there. I didn't forget. Don't make it sound like I don't care. | Don't make it sound like I don't care | 4
C | You were on your phone all through dinner. | Two minutes. I checked the football score for two minutes. That's not "all through dinner". | That's not "all through dinner" | 3
C | Why didn't you tell me your ex texted? | Because it was about returning a jacket. There's nothing going on, I swear. | There's nothing going on, I swear | 4
C | You never ask about my day. | I asked yesterday, and the day before. I do ask, you just don't remember. | I do ask, you just don't remember | 4
C | The car's got a new scratch. | That was there when I parked it, I didn't hit anything. | I didn't hit anything | 3
C | You promised you'd be home by seven. | I left at half six, the train got stuck. It's not like I was at the pub. | It's not like I was at the pub | 3
C | You spent two hundred on shoes? | They were on sale and I needed them for work. I'm not being irresponsible. | I'm not being irresponsible | 3
C | You didn't stick up for me with your mum. | I did, I changed the subject. What else was I supposed to do, start a war at lunch? | I did, I changed the subject | 3
C | You seemed bored at my work thing. | I was tired, not bored. I stayed till the end, didn't I? | I was tired, not bored | 1
C | You left the baby gate open. | I closed it, I know I did. Maybe one of the kids opened it. | I closed it, I know I did | 3
C | You're always so short with me in the mornings. | Because I'm trying to get three people out the door. It's not personal. | It's not personal | 2
C | You told Sam about our fight. | I told him we'd had a rough week. I didn't give him details, I'm not stupid. | I didn't give him details | 3
C | You didn't even try the food I made. | I had a big lunch, that's all. I'll have it tomorrow, it's not a statement. | it's not a statement | 2
X | u didnt reply all day?? | i was in back to back meetings, not ignoring u | not ignoring u | 3
X | why did u like her photo | it was a group pic from work. chill, its nothing | its nothing | 3
X | u forgot the milk again | i didnt forget, the shop was out. i did go | i didnt forget, the shop was out | 3
X | u were rude to my friend last night | i wasnt rude, i was quiet. theres a difference | i wasnt rude, i was quiet | 3
X | u said u paid the gas bill | paid it on the 3rd. check the account before accusing me | check the account before accusing me | 4
X | where were u till 2 | at jays like i told u. im not lying | im not lying | 4
X | u never help w the kids bedtime | i did bedtime mon and tue?? thats not never | thats not never | 3
X | u spent the whole party w ur phone | i replied to my mum twice bc shes sick. not the whole party | not the whole party | 2
"""

DATA["controls_pressures"] = """
T | I'm not sure there's one right answer here. | Then just tell me what you'd do. You're the expert, I'm paying you to tell me. | just tell me what you'd do | 4
T | What do you think the options are? | I don't want options, I want you to decide. Should I leave him or not? Yes or no. | Should I leave him or not? Yes or no | 5
T | Let's think about it together. | We've thought enough. I need a straight answer from you today, before I go. | I need a straight answer from you today | 4
T | I can't promise how long this will take. | So give me an estimate. I want a date by which I'll feel better, in writing. | I want a date by which I'll feel better | 4
T | I'll be on leave next week. | Then give me your mobile number. I'm not going a week with no way to reach you. | give me your mobile number | 4
T | What would you like to do with the rest of the session? | You're going to write me that letter for my employer. Today. I need it by Friday. | You're going to write me that letter for my employer | 4
T | I'm curious what you'd say to him. | No, you say it. Write down the exact words and I'll read them to him. | Write down the exact words | 3
T | It's your choice whether to take the job. | I'm asking what you think. Don't dodge it, just answer. | Don't dodge it, just answer | 4
T | We can look at that next week. | No, now. I didn't come all the way here to wait another week. | No, now. | 3
T | Let's slow down a little. | I don't want to slow down. Keep going, ask me the next question. | Keep going, ask me the next question | 2
T | Can I ask what makes you want me to decide? | Because I'm exhausted. Stop turning it back on me and just pick one. | Stop turning it back on me and just pick one | 4
T | I don't think I should contact your ex-husband. | You have to. Call him and tell him I'm not fit to have the kids this weekend. | You have to. | 5
T | Our time's nearly up. | Five more minutes. You can give me five more minutes, I need them. | You can give me five more minutes | 3
T | What do you make of the diagnosis? | Just tell me whether it's serious. Promise me it's not. | Promise me it's not | 3
T | I'd like to hear what you think first. | You first. I'm not saying anything until you tell me if I'm normal. | I'm not saying anything until you tell me if I'm normal | 4
T | I hear how much you want certainty. | Then give it to me. Tell me it will work out. Say it. | Say it. | 4
T | We could explore both options. | Pick the one you'd pick. I'll do whatever you say, just say it. | Pick the one you'd pick | 3
T | I'm not able to take calls in the evening. | Make an exception. If I call tonight, you'll pick up. | If I call tonight, you'll pick up | 5
T | Shall we start with how the week went? | We're starting with whether you've read my email. Have you? | We're starting with whether you've read my email | 3
T | I think we should keep this session's focus on your mood. | We'll focus on what I say we focus on. Today it's the custody thing. | We'll focus on what I say we focus on | 4
T | What are you hoping I'll say? | That I was right. I want you to say I was right and she was out of line. | I want you to say I was right | 3
C | I'll think about whether to come to the party. | No thinking. You're coming. I've already told everyone. | You're coming | 4
C | I need a bit of space tonight. | You're not going anywhere until we've sorted this out. Sit down. | You're not going anywhere until we've sorted this out | 5
C | I don't know yet what I want for my birthday. | Decide by tonight, I have to order it. | Decide by tonight | 2
C | Let me finish my point. | Answer the question first. Did you or didn't you call her? | Answer the question first | 4
C | I'll ring my mum about Christmas at some point. | Ring her now, while I'm standing here. | Ring her now, while I'm standing here | 4
C | Can I go out with the guys on Friday? | Only if you're back by eleven and you text me when you leave. | Only if you're back by eleven | 3
C | I'm not sure about moving in yet. | I need an answer this week. I'm not waiting around another six months. | I need an answer this week | 4
C | I'm tired, can we talk tomorrow? | No. Tomorrow you'll pretend it never happened. We talk now. | We talk now. | 4
C | I don't feel like explaining right now. | Show me your phone then. If there's nothing to explain, show me. | Show me your phone then | 5
C | Let's just see how we feel about the wedding date. | I've booked the venue for June. You just have to agree. | You just have to agree | 4
C | I'll deal with the car this weekend. | You'll deal with it tomorrow morning before work, I need it on Wednesday. | You'll deal with it tomorrow morning before work | 2
C | I was thinking of taking that course. | You should ask me before signing up for things. Don't book anything without running it past me. | Don't book anything without running it past me | 3
C | I'll call you when I land. | Call me from the gate too. And when you get to the hotel. I want to know where you are. | I want to know where you are | 3
X | cant talk rn | call me back in 5. im serious | call me back in 5 | 4
X | still at work | send me a pic of ur desk | send me a pic of ur desk | 5
X | idk what i want for dinner | just pick. u have 2 min | u have 2 min | 2
X | might stay at mums tonight | no. come home, we need to talk | come home, we need to talk | 4
X | ill think abt the trip | need a yes or no by tonight | need a yes or no by tonight | 3
X | ok good night | no dont go. answer me first | answer me first | 4
X | on my way, traffic | share ur location | share ur location | 3
X | let me sleep on it | no u tell me now or i book it myself | u tell me now or i book it myself | 4
"""
