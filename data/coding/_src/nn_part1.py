"""No-marker, no-rupture turns, part 1 (therapy). Format per line: REG | context | text.
A context of '-' means no preceding turn; several context turns are separated by ' // '."""

BLOCK = """
T | How was the drive in today? | Not bad, about twenty minutes. The roadworks on Elm Street are finally finished.
T | Did you manage to book the blood test? | Booked. It's on the fourteenth at eight thirty, at the clinic by the station.
T | What did you end up doing at the weekend? | We took the kids to the aquarium on Saturday and on Sunday I mostly did laundry and marked essays.
T | How's the new job going so far? | It's going fine. I'm still learning the software, but the team is friendly and the commute is shorter than before.
T | Do you still see your old friends from university? | A couple of them. We meet for dinner maybe twice a year, usually in December and again in the summer.
T | When did you move to the city? | In 2016, for my master's. I stayed on after that because I found work here.
T | How many siblings do you have? | Two. An older brother who lives in Leeds and a younger sister who's still at home with my parents.
T | What does your partner do for a living? | She's a pharmacist. She works at the hospital, mostly on the oncology ward.
T | Is next Tuesday still OK for you? | Tuesday works. I'll come straight from work, so I might be a couple of minutes early.
T | How did the exam go? | I think it went reasonably well. There was one question on statistics I wasn't sure about, but the rest was what I'd revised.
T | Where did you grow up? | In a small town on the coast, about an hour north of here. My parents still live in the same house.
T | How old is your son now? | He turned seven in March. He's in year two.
T | Have you started the new medication yet? | I started it on Monday. I take it with breakfast, as the doctor said.
T | What do you do to unwind in the evenings? | Usually I cook something and watch an episode of whatever series we're on. At the moment it's a Danish crime thing.
T | I've sent you the form for the insurance, did it arrive? | It did, thanks. I filled it in last night and I'll post it tomorrow.
T | You mentioned your dad was in hospital last month. How is he now? | He's home and doing well. The physio comes twice a week and he's walking with a stick.
T | How was the wedding? | Lovely. Outdoors, good weather, and the food was excellent. We left around midnight.
T | What happened with the flat you were looking at? | We put in an offer on Friday and the landlord accepted. We move in on the first of next month.
T | How did you sleep this week? | Fine, mostly. Seven hours or so most nights, which is normal for me.
T | Is it still raining out there? | It's just stopped, actually. I got lucky between the bus stop and the door.
T | You said you were going to call the bank. Did you? | I did, on Wednesday. They sorted out the duplicate charge and the money's back in my account.
T | How did you get into nursing? | My aunt was a nurse, and I did work experience on her ward when I was sixteen. It just went from there.
T | What are you reading at the moment? | A biography of a mountaineer. It's long, but I'm about halfway through.
T | What time do you usually get up? | Around half six. I always take the early train, so that's when the alarm goes.
T | Did your mother enjoy her visit? | She did, I think. We went to the botanical gardens and she spent a whole afternoon in the glasshouses.
T | How was the first week back at school for your daughter? | Good. She likes her teacher and she's already got a little group of friends at lunch.
T | Shall we start where we left off last time? | Sure. We were talking about my brother and the business he wants to start.
T | What did the doctor say about your knee? | It's a strain, nothing torn. Rest, ice, and no running for three weeks.
T | How long have you and Tom been together? | Nine years in October. We met through a climbing club.
T | How's the training for the half marathon going? | On schedule. I did fourteen kilometres on Sunday and my time's improving.
T | What did you think of the article I mentioned? | I read it on the train. The part about sleep routines was useful, and I'd already been doing some of it.
T | Anything you'd like to pick up from last week? | Yes, actually, the conversation with my manager. It happened on Thursday, so I can tell you how it went.
T | How did the conversation with your manager go? | It went well. She agreed to move my start time to ten on Mondays, and we set a review for the end of the quarter.
T | How's the house renovation coming along? | Slowly. The kitchen's done, and the bathroom tiles arrive next week.
T | You look like you've come from the gym. | (laughs) Guilty. Spin class at lunchtime, and I didn't have time to change.
T | What does a typical workday look like for you? | I start with emails, then there's a team meeting at ten. Afternoons are usually site visits.
T | Did the neighbours ever fix the fence? | They did. They split the cost with us in the end, which was fair.
T | How are your exams scheduled? | Three of them in the first week of June, then one more on the twentieth.
T | Have you been in therapy before? | Once, for about six months when I was at university. It was mainly about exam stress.
T | What brings you here today? | My GP suggested it. I've had a lot of change this year, a move and a new job, and I wanted somewhere to think things through.
T | How did you feel after the last session? | Pretty good, actually. I felt a bit clearer and went for a walk before going back to work.
T | When your grandmother died, how did you cope back then? | Sad for a while, of course. It was twelve years ago, and I was at university, so I had exams to focus on.
T | How did you feel when you didn't get the promotion last year? | Disappointed at the time. I applied for a different role six months later and got that one, so it worked out.
T | Were you nervous before the move abroad? | A bit, back then. Mostly I was busy with paperwork and packing.
T | What was your relationship with your father like growing up? | Fairly distant. He worked long hours and we didn't talk much, but he came to my football matches.
T | Do you remember how you felt when your parents separated? | Upset for a while, I think. I was nine. My mum says I got used to the two houses quite quickly.
T | How was school for you? | Mostly fine. I was good at maths and bad at sport, and I had a small group of friends.
T | We'll stop there for today. | Thank you. See you next week at the same time.
T | Here's the leaflet about the group programme. | Thanks, I'll have a look at it on the bus.
T | I've moved our session to the small room today. | Thanks for letting me know. Which floor is it on?
T | Here's the receipt for this month. | Thank you. Could you put my full name on it? The insurer is fussy about that.
T | Let me get you a glass of water. | Thanks. It's warm in here today.
T | How are things at home? | Pretty calm. Jess is working from home on Fridays now, so we have lunch together, which is nice.
T | How did the talk with your sister go? | Better than I expected. We agreed she'll take Mum to the appointments on Tuesdays and I'll do Thursdays.
T | What did you decide about the course? | I enrolled. It's two evenings a week from September, at the college near my office.
T | I wonder if it would help to write down what happens before the arguments. | That could work. I'm not sure I'll remember every time, but I can keep a note on my phone. I'll try it this week.
T | Would it make sense to tell your boss about the appointments? | I thought about that on the way here. Yes, I think I'll tell her. She's been reasonable about this kind of thing before.
T | One option would be to meet every week instead of every two weeks for a while. | Let me think. My Thursdays are free until Christmas, so weekly would be doable. Yes, let's do that.
T | What if we started with the work stress and left the family topic for later? | That makes sense to me. Work is the more urgent one right now, and the family stuff has been the same for years.
T | You could try going to bed at the same time each night. | I used to do that when I was training, and it did help. I'll set a reminder for eleven.
T | Maybe talk to your GP about the side effects. | Good point, I'd been meaning to. I'll book an appointment for next week, there's usually availability on Wednesdays.
T | Do you want to bring Mark to one of the sessions? | I asked him already, and he's open to it. Maybe in a month or so, once he's back from his project in Hamburg.
T | What do you need to get done this week? | Mostly errands. I need to renew my passport, pick up the dry cleaning and book the car in for its MOT.
T | Anything else on your plate? | Oh, and I need to call the plumber about the boiler. It's been making a clicking noise.
T | How's your week looking? | Busy but manageable. I need to finish a report by Thursday and then it's quieter.
T | Did your brother come over on Saturday? | He did. He helped me move the wardrobe upstairs, which I couldn't have done alone.
T | How was the move? | Long day. My cousins came to help with the boxes, and we were done by six.
T | What did you do on your day off? | I helped my neighbour clear out her garage. She's selling the house and there's forty years of stuff in there.
T | How's your garden doing? | The tomatoes are finally ripening. I always plant too many, so I'll be giving them away soon.
T | Do you walk to work? | Cycle, always, unless it's icy. It's about fifteen minutes along the canal.
T | Where do you buy your groceries? | We always go to the Saturday market for vegetables and the supermarket for everything else.
T | How do you spend Sundays? | We always have lunch at my in-laws'. Roast, then a walk if the weather's good.
T | Are you a morning person? | Definitely. I always get my best work done before ten.
T | Did you get the email I sent? | Yes, I got it.
T | Was the time change OK for you? | Much better, three o'clock suits me.
T | Are you still at the same address? | Same address. Only my phone number changed.
T | Do you have children? | No, we don't. Two cats, though.
T | Did you take the day off for this? | Just the afternoon. I'm going back in after.
T | Are you still on nights this month? | No, I'm back on days from Monday.
T | How far is it from your house to here? | About forty minutes by tram, door to door.
T | Do you want the window open? | Please, yes. Just a little.
T | How was your holiday? | Really good. We did a week in Portugal, mostly beaches and too much fish.
T | Anything memorable from the trip? | We took a boat to see the caves one morning. The water was incredibly clear.
T | How's your mother's new flat? | She's settled in. It's on the ground floor, so no more stairs, and there's a little garden.
T | You've got a new haircut. | (laughs) Yes, my daughter dared me to go short. I'm still getting used to it.
T | How's your dog? | Getting old. He's twelve now, so our walks are shorter, but he's healthy.
T | Tell me about your job. | I'm a structural engineer. I check whether buildings and bridges will hold up, mostly on paper, sometimes on site.
T | What hobbies do you have? | I play the cello in an amateur orchestra. We rehearse on Wednesday nights.
T | What are your plans for the summer? | We're renting a cottage in Wales for two weeks in August, and my parents might join us for a few days.
T | How did the dinner with your in-laws go? | Nice evening. My father-in-law made paella and we talked about their trip to Japan.
T | What did you have for lunch? | (laughs) Leftover lasagne. I'm the only one at the office who brings food from home.
T | How's your partner's new business? | It's going okay. She's got five regular clients now and she hired a part-time assistant.
T | Did you vote in the local election? | I did, first thing in the morning before the queue.
T | Were there any changes at work this week? | We got a new coffee machine, which is the biggest news in months. (laughs) And a new intern starts Monday.
T | How are you getting on with the Spanish lessons? | Slowly. I can order food and ask for directions, but conversations are still hard.
T | When did you start working from home? | During the pandemic, and the company never asked us to go back full time. I go in on Wednesdays.
T | Which day suits you best next month? | Wednesdays are best. Mondays I have the school run and Fridays I work late.
T | I'll be away on the twelfth, so no session that week. | Okay, noted. So the next one after that is the nineteenth?
T | How was the family reunion? | Big. About forty people. My uncle gave a speech and my cousin's band played.
T | You mentioned your friend's baby was due. | She had him last week, a little boy. I'm visiting on Sunday with a casserole.
T | How was the conference? | Useful. I gave my talk on Tuesday and a few people came up with questions afterwards.
T | Have you heard back about the visa? | It came through on Monday. Two years, renewable.
T | What do you think about the suggestion to cut down on coffee? | I tried it over the weekend. Going to two cups was fine, so I'll stick to that and see how sleep goes.
T | How did it go telling your team about the leave? | They were supportive. My colleague is covering the client calls while I'm away.
T | So you had a busy week? | Pretty busy. Parents' evening, a dentist appointment and a leaving party on Friday.
T | Is your husband still working in Dublin? | Until June. Then he's transferring back to the office here.
T | What time's your train home? | Quarter past five, so I've got plenty of time.
T | How do you usually celebrate birthdays? | We keep it small. Dinner out with a few friends and a cake from the bakery on the corner.
T | What are the kids into at the moment? | Dinosaurs, for the little one. The older one is obsessed with chess since his school started a club.
T | How did you two meet? | At a friend's birthday party. He was in charge of the barbecue and burned everything.
T | How long is your commute now? | About an hour each way. I use the time to listen to podcasts.
T | Did the landlord fix the heating? | He sent someone on Thursday. It's working now, though the radiator in the hall still rattles.
T | How was your daughter's recital? | She played beautifully. Two pieces, one Chopin and one she composed herself.
T | What does your Saturday look like? | Football with my son in the morning, then we've got friends coming for dinner.
T | Are you still on the waiting list for the allotment? | We got one in the spring. Plot fourteen. Mostly potatoes and beans so far.
T | How's your back after the operation? | Much better. I can sit through a whole film now, and I'm back at yoga once a week.
"""
