"""No-marker, no-rupture turns, part 2 (therapy). Same line format as nn_part1."""

BLOCK = """
T | - | Sorry I'm a few minutes late, the bus was diverted because of a market on the high street.
T | - | Morning. I brought the forms you asked for, they're in this envelope.
T | - | Before I forget, my new mobile number ends in 482. The old one is disconnected.
T | - | Hi. Is it all right if I hang my coat here? It's soaked.
T | - | I parked on the street, is that okay or should I move to the car park?
T | Hello, come in. | Hi. This building's lift is out again, so I took the stairs.
T | How's the weather where you are? | Grey and windy. Typical November here. (laughs)
T | Can you hear me all right on the video? | Yes, loud and clear. Let me just move the laptop so the light's not behind me.
T | Did you find the new office easily? | No trouble, the map you sent was clear. I came in by the side entrance.
T | How was the weekend at your brother's? | Pleasant. We went walking on the cliffs on Saturday and watched the rugby on Sunday.
T | How's the puppy settling in? | He's chewed two shoes and a remote control, but he's learning. House training is nearly done.
T | Are you still doing the night classes? | One more term to go. The final project is a website for a local bakery.
T | What did your mum say about the trip? | She thinks it's a good idea. She's offered to look after the cat while we're away.
T | How's your sister's pregnancy going? | Smoothly so far. She's twenty-eight weeks and they found out it's a girl.
T | Did you see the match? | I did. Two-one, but it should have been more. Our striker missed an open goal.
T | How's your father's recovery? | Steady. He's back to driving and he's started doing the crossword again.
T | How did you spend your birthday? | Quietly. My partner made breakfast and in the evening we went to a Thai place with two friends.
T | What was the outcome with the car insurance? | They paid out for the repair, minus the excess. It's back from the garage.
T | When's the baby due? | Mid-March. We've just started painting the nursery.
T | What did you study? | History, then a conversion course in law. I've been a solicitor for about ten years.
T | What does your partner think about the relocation? | He's in favour. His company has an office there too, so he can transfer.
T | What's the new manager like? | Organised. She sends the agenda the day before and meetings end on time, which is a change.
T | How did your son's first day at nursery go? | He walked straight in and didn't look back. (laughs) The teachers said he ate all his lunch.
T | Did you get to the gym this week? | Twice, Tuesday and Saturday. I'm doing a beginners' weights programme.
T | How's the volunteering going? | Good. I do Thursday afternoons at the food bank, mostly sorting donations.
T | How was the flight? | Delayed by an hour but otherwise fine. I watched two films and slept a bit.
T | How do you get on with your flatmate? | Fine. We keep to ourselves mostly, but we cook together on Sundays.
T | What made you choose this area to live in? | The schools, mainly. And it's close to my wife's work.
T | When did you last see your cousin? | At Easter. We meet at my aunt's every year.
T | Have you decided on a name for the shop? | We're going with "Second Chapter". It's a used bookshop, so it seemed to fit.
T | How's your grandmother? | She's ninety-one and sharper than me. She still does her own shopping.
T | Do you want to talk about how the holidays went? | Sure. They went well overall. We had both families at ours on Boxing Day, and everyone got along.
T | Last time you mentioned feeling low in the spring. How was that period for you? | It was a hard few weeks back then. It lifted in May when the project ended, and I've been steady since.
T | How did you handle the redundancy at the time? | I was worried about money for a while. I took some freelance work and then this job came up.
T | What was it like when you first came to this country? | Lonely, at first, I suppose. That was fifteen years ago. I joined a running club and made friends there.
T | Were you angry with your friend back then? | I was, for a few days. We talked it through the following week and that was the end of it.
T | How did you feel at your graduation? | Proud, I think. My parents came and we had dinner at a restaurant by the river.
T | How was that first year of marriage? | There was an adjustment period, like for most people. We learned to split the chores and it got easier.
T | Did you ever get scared during the earthquake you mentioned? | At the time, yes, I was scared. It was short, and nobody in our building was hurt.
T | How did you feel after the court case was over? | Relieved, back then. It took a year, and I was glad to close that chapter.
T | Right, let's look at the calendar for next month. | Okay. I'm away the week of the ninth, otherwise the usual day is fine.
T | Do you have any questions about the consent form? | Just one. How long do you keep the notes after we finish?
T | Do you have any questions before we start? | No, I read everything you sent. I'm ready.
T | Is there anything you'd like to ask me? | Only about the invoices. Do you send them monthly or after each session?
T | How did you find the questionnaire? | Straightforward. It took about fifteen minutes.
T | Did the new timetable at work change things for you? | A little. I finish at four now instead of five, so I can pick up the kids myself.
T | You mentioned a trip to see your aunt. Did you go? | We went last weekend. She lives in a village outside Lyon, so it was a long train ride.
T | Have you thought about the referral to the sleep clinic? | I have. I'd like to go ahead with it. My partner also thinks it's worth trying.
T | We could look at your budget together next time if you like. | Yes, that would be useful. I'll bring the bank statements from the last three months.
T | How would you feel about recording a short diary of your moods? | I think I can do that. I already track my runs on an app, so one more note at night isn't hard.
T | Maybe we could try a shorter session next week since you're travelling. | Good idea, half an hour would fit. I'll call from the hotel.
T | It might help to plan one pleasant thing each weekend. | I like that. This weekend it'll be the flea market with my daughter, we've been meaning to go.
T | It could be worth telling your sister how busy you are before she asks for favours. | I'd been wondering about that. I'll mention it when we speak on Sunday, she usually calls then.
T | Would you like me to write a letter for the housing office? | Yes, please, if it's not too much trouble. They asked for something from a professional.
T | Where do you see yourself in five years? | Still in teaching, probably, but maybe as head of department. And hopefully in a house with a garden.
T | What kind of work did your mother do? | She was a primary school teacher for thirty years. She retired last summer.
T | What's your flat like? | Small but bright. Two rooms, a balcony, and a view of the railway.
T | What's it like being a lorry driver? | Long hours, but I like the quiet. I mostly do the route between the port and the warehouses up north.
T | Does anyone else live with you? | My partner and her son, who's fourteen. He's with his dad every other weekend.
T | What was your first job? | Washing dishes at a pizzeria when I was fifteen. I got free pizza, which was the main attraction.
T | How are your studies going? | Fine. I handed in my dissertation proposal last week and my supervisor approved it.
T | How do you feel about the long weekend coming up? | Looking forward to it. We're going camping if the forecast holds.
T | What did you do for Halloween? | Took the kids trick-or-treating around the block. My son was a traffic light.
T | Anything planned for the anniversary? | A weekend in the mountains. We booked a little guesthouse we stayed at years ago.
T | How did your presentation go? | Smoothly. The client signed off on the design, so we can start building in January.
T | I hear the roads were bad this morning. | They were. I left early and came the back way past the reservoir.
T | What's new since we last met? | Not much. Work's steady, the kids are fine, and we finally bought a new sofa.
T | How has your energy been lately? | About normal. I'm tired by ten, but that's how I've always been.
T | Did you manage to see the exhibition? | On Sunday. Mostly old maps, which I love. We spent three hours there.
T | How do you usually get here? | I always take the number 12 and walk the last bit. It's quicker than driving.
T | Do you always sit in that chair? | (laughs) I suppose I do. It's closest to the door, and I like the view of the tree.
T | What's your usual routine before work? | Coffee first, always, then I feed the cat and read the news for ten minutes. Then I'm out by eight.
T | How was Christmas? | Busy and loud, the usual. Fourteen people at my parents' and my dad cooked for all of them.
T | What did you think of the book I recommended? | I read most of it. The chapters on habits were practical, and I liked the examples from sport.
T | Is your mother still living alone? | She is, but my brother lives two streets away, so he checks in on her most days.
T | What do you need from the pharmacy? | Just my repeat prescription, which I need to pick up today, and and some plasters for my son.
T | What's left on your to-do list? | I need to repaint the fence and sort out the car tax before the end of the month.
T | Did your husband help with the party? | He did most of it, actually. He helped with the decorations and ordered the cake.
T | How's your neighbour getting on? | Better. I helped him with his shopping while his leg was in a cast, but he's walking again now.
T | Was it a long day? | Normal length. I started at nine and finished at five thirty.
T | Did you eat before coming? | Yes, I had a sandwich on the way.
T | Are your parents still in Spain? | They come back in April. They spend every winter there now.
T | Is that a new bag? | It is. A present from my sister, she brought it back from Morocco.
T | Did you get the job at the library? | I got it! I start on the third. Three days a week.
T | Are you still coaching the under-twelves? | Still doing Saturday mornings. We won our first match last week.
T | You said you had news. | We got the keys to the new house on Friday. We're moving in over Easter.
T | What's the news with your brother's wedding? | It's set for June in Crete. About eighty guests, and I'm the best man.
T | What do you do when you have a free evening? | I go to a pottery class. I've made seven very uneven bowls so far. (laughs)
T | How do your kids get to school? | My husband drops them on his way to work, and they take the bus home.
T | Have you had any more thoughts about the course in Edinburgh? | I looked at the modules and the fees. It's a good fit, so I'll apply before the deadline in March.
T | Let's pause there. Anything you want to add about the tribunal? | Only that the hearing has been moved to March, so I'll know more then.
T | That was a lot of information. Shall we summarise? | Good idea. There's the move, my mum's care and the new role, those are the three things.
T | How was the lecture you gave? | It went well. About sixty students, and they asked good questions at the end.
T | Did the builders finish on time? | Two days late, which for builders is early. (laughs)
T | How are you finding the new town? | Really well. There's a good bakery, a swimming pool, and the people are friendly.
T | What's your partner's family like? | Big and loud. Five brothers and sisters, and they all live within ten miles of each other.
T | How was the concert? | Great. They played for two hours and did three encores.
T | You mentioned an operation for your mum. When is it? | The twenty-second. It's a routine hip replacement, and she should be home after three days.
T | So your week went to plan? | More or less. The only change was the dentist moving my appointment to Friday.
T | Do you want to continue with the same time slot? | Thursday at four is still the best time for me.
T | How was your first week of retirement? | Strange to not set an alarm. I've tidied the shed and started walking every morning.
T | Anything you'd like to mention before we begin? | Just that I'll need to leave five minutes early. I have a parents' meeting at five.
T | How did your son do in his exams? | Really well. He got into the college he wanted, so he starts in September.
T | What was the film like? | Long. Good, but long. Three hours of spaceships.
T | I see you've brought your knitting. | (laughs) Yes, it keeps my hands busy on the train. It's a scarf for my nephew.
T | How's your colleague doing after the accident? | She's back at work part time. We've set up a rota to drive her in.
T | You said your mother used to be very strict. | She was, especially about homework. Looking back, it probably helped with my exams.
T | What was the hardest part of your degree? | The final year maths, probably. I got through it with a study group.
T | How did you decide on the name for your daughter? | It was my grandmother's name. We both liked it and it's short.
"""
