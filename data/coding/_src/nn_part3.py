"""No-marker, no-rupture turns, part 3 (couple). Same line format as nn_part1."""

BLOCK = """
C | What time is your mum arriving? | Her train gets in at four fifteen. I'll pick her up on the way back from work.
C | Did you remember to book the vet? | Thursday at six. They want us to bring his vaccination card.
C | What do you fancy for dinner? | I could do the chickpea curry. We've got everything except coriander.
C | Are we still going to Priya's on Saturday? | We are, she said come at seven. I'll bring the wine and you bring the dessert.
C | Where did you put the car keys? | On the hook by the door, next to the umbrella.
C | Can you pick up bread on the way home? | Sure. Sourdough or the seeded one?
C | How was work? | Fine. Long meeting about the budget, but we got it signed off.
C | Did the parcel come? | It did. I left it on your desk, it's the printer ink.
C | Should we take the car or the train to your brother's? | Train, I think. Parking there is a nightmare on weekends and it's only an hour.
C | Have you seen my blue jumper? | It's in the wash. Wear the grey one, it's clean.
C | When's the boiler man coming? | Between eight and twelve on Tuesday. I'll work from home that morning.
C | Do we need anything from the shop? | Milk, eggs, and whatever cereal the kids will actually eat this week.
C | Did you hear the news about the bridge? | It's closed for repairs until March, apparently. We'll have to go round by the ring road.
C | What did the school say? | Just that the trip is on the fifth and they need the permission slip by Friday.
C | Is Jamie sleeping over tonight? | No, that's next weekend. Tonight he's at football until eight.
C | How much was the electricity bill? | Eighty-four pounds. A bit lower than last month because of the new meter.
C | Do you want to watch the documentary tonight? | Sure, after the kids are in bed. I'll make popcorn.
C | What's the plan for your dad's birthday? | We're taking him to the Italian place on the square. I booked for six people at seven.
C | Did you call the garage? | I did. The car will be ready tomorrow afternoon. It was just the brake pads.
C | Is it going to rain tomorrow? | The forecast says showers in the morning, clear by lunch.
C | Who's doing the school run Monday? | You are, I've got the early shift. I'll do Tuesday and Wednesday.
C | How was your run? | Good, eight kilometres. It was cold but the park was empty.
C | Did you pay the nursery? | Paid it this morning, and I set up a standing order so we don't forget again.
C | What did your sister want? | She's asking if we can lend her the tent for the festival.
C | How's the project at work? | We launched on Monday and only one bug so far, which is a record. (laughs)
C | Can you help me carry the shopping in? | Coming. Are there frozen things? I'll put those away first.
C | Could you help me with the duvet cover? | Give me a second. You take that corner.
C | Can you help me move the table before the guests come? | Sure, let's put it against the window so there's more room.
C | Are you heading out? | Yes, I need to go to the post office before it closes. Do you want me to take your mum's parcel?
C | Are you coming straight home? | Not quite, I need to stop at the cashpoint and the dry cleaner's, so about half six.
C | Want to watch something tonight? | Can't, I need to finish this report by nine. Tomorrow, though.
C | What are you up to on Saturday? | I need to get my hair cut and drop the suit at the tailor's. Free after two.
C | We always go to your parents' at Christmas. Shall we do the same this year? | That works for me. Mum's already asked, and we can go to yours for New Year like last time.
C | Do you want tea? | I always have coffee after lunch, but go on, a tea would be nice.
C | Why do you always buy that brand? | It's the only one without added sugar. I checked once and just kept buying it.
C | Shall we walk the dog together tonight? | Yes, let's. The usual route around the lake?
C | Maybe we should get a cleaner every two weeks. | I've been thinking about that too. We can afford it if we cut the streaming services, so let's get some quotes.
C | What if we did Christmas at ours this year? | I like that. Our kitchen is bigger now, and your parents wouldn't have to drive. Let's ask them.
C | Should we sell the old car? | Probably, yes. We barely use it, and the insurance alone is four hundred a year. I'll list it at the weekend.
C | How about a week in Scotland instead of Spain? | Hm. Cheaper, and we'd avoid the heat. Yes, I'm up for it, as long as we find somewhere with a fireplace.
C | Do you want to split the bathroom cleaning by weeks? | That's fair. You take odd weeks, I'll take even, and we swap if one of us is away.
C | Shall we start saving for the kitchen? | Yes. If we put aside two hundred a month, we'd have enough by next summer.
C | Thanks for picking up the kids. | No problem, I was passing the school anyway.
C | Thanks for doing the dishes. | You're welcome. There's leftover rice in the fridge if you're hungry later.
C | Here's your coffee. | Thanks. Did you use the new beans?
C | I booked the cinema tickets. | Great, thanks. Which screening?
C | Remember we have the Millers for dinner Friday. | Right, thanks for reminding me. Do they eat fish?
C | Did you see that the bakery on the corner closed? | I did. They're opening a phone repair shop there. Speaking of shops, did you get the light bulbs?
C | The heating's working again. | Good. By the way, your brother called, he wants to know if you're free on Sunday.
C | I've put the laundry on. | Perfect. Oh, while I think of it, the dentist texted to confirm Tuesday.
C | The kids are finally asleep. | Great. Now, about the holiday, did you look at the cottage link I sent?
C | How was the dentist? | No fillings, just a clean. She said I'm brushing too hard.
C | Did you sleep okay? | Like a log. The new pillow helps.
C | Are you coming to the gym? | Not tonight, I'll go tomorrow morning instead.
C | Are you off tomorrow? | Yes, until Wednesday.
C | Is the cake ready? | Ten more minutes. Don't open the oven.
C | Did you lock the back door? | Yes, and the window in the utility room.
C | Do you know where the charger is? | Living room, behind the sofa cushion.
C | Did Laura reply about the dinner? | She said yes, and she's bringing her new boyfriend.
C | What did you think of the film? | I liked it more than I expected. The ending was a bit rushed, though.
C | How did your sister's interview go? | She got the job. She starts at the hospital in two weeks.
C | Guess what the cat did today. | Knocked something off the counter again? (laughs) Please tell me it wasn't the plant.
C | Who finished the ice cream? | (laughs) That was me. I'll buy more tomorrow, promise.
C | You've put salt in the coffee again. | (laughs) That's what I get for making it in the dark. I'll make a fresh pot.
C | Did you know the neighbours are getting chickens? | Chickens? Great, we'll have the best-fed garden slugs on the street.
C | I think the toddler just said "tractor". | He's been practising all week. Next it'll be "combine harvester". (laughs)
C | What do you want to do this weekend? | I'd like a lazy Saturday and maybe a walk by the river on Sunday.
C | Do you think we should paint the hallway? | It's looking tired, so why not. Something light, maybe the pale green we saw in the shop.
C | How did your mum's check-up go? | All fine. Her blood pressure's down and the doctor lowered her dose.
C | Did you speak to the landlord about the damp? | He's sending someone on Friday to look at the bathroom wall.
C | How's your knee? | Better. I can do stairs without thinking about it now.
C | Did you used to be scared of dogs? | As a kid, yes, after one knocked me over. I grew out of it by my teens.
C | Were you nervous at our wedding? | A little, that morning. Once the music started I was fine.
C | Remember how upset you were when we lost the first flat? | I was, for about a week. Then we found this place, and it's much better.
C | Were you sad when your old band split up? | At the time, yes. We were twenty. We still meet for a beer now and then.
C | Did you miss home when you were in Canada? | For the first couple of months. Then I got busy and made friends at work.
C | Do you want to come to the market with me? | Sure, give me ten minutes to get dressed.
C | Should I wear the green dress or the black one? | The green one. It's an outdoor party and it's more summery.
C | Can you call the plumber tomorrow? | I'll call him on my lunch break. What's his number again?
C | What are you reading? | A history of the Silk Road. It's fascinating, all about trade routes and spices.
C | Should we get the kids bikes for Christmas? | Good idea, they've both outgrown theirs. Let's check the second-hand shop first.
C | How are the tomatoes doing? | Loads of green ones. They should ripen in a week or two if the sun holds.
C | Shall I book the restaurant for eight? | Eight's good. Ask for a table by the window if they have one.
C | Did your boss approve the holiday? | The whole week. So we can book the flights.
C | Are your parents coming for lunch on Sunday? | They are, and my dad's bringing his famous apple crumble.
C | Where do you want to hang the picture? | Above the sofa, in the middle. I'll get the drill.
C | Shall we invite the neighbours to the barbecue? | Yes, both sides. It's a good chance to meet the new couple at number nine.
C | What time's the match? | Kick-off at three. I'll record it if we're still at your mum's.
C | How was the parents' evening? | Good. His maths teacher says he's doing well, and they want him to read more at home.
C | Did you remember to water the plants? | All of them, even the cactus.
C | Where should we go for our anniversary? | How about the seafood place in the harbour? We haven't been since the first year.
C | Do you want to try the new pizza place? | Sure. I heard the garlic bread is huge.
C | You look tired. | Early start, that's all. I'll be in bed by ten tonight.
C | Do you want the last slice? | Go ahead, I had two already.
C | How was the wedding planning meeting? | Productive. We picked the flowers and the menu. Only the music is left.
C | What time do we need to leave for the airport? | Five thirty. I've ordered a taxi so we don't have to park.
C | Did you get the tickets for the concert? | Got them, two in the second row. They're in my email.
C | Should we let the kids stay up for the fireworks? | Yes, it's only once a year. They can sleep in the next morning.
C | Can you give me a hand with the gutters on Saturday? | If it's dry, sure. I'll hold the ladder.
C | Help me find my glasses? | They're on your head. (laughs)
C | I need a new phone. | Yours is five years old, fair enough. The shop in town has a trade-in offer this month.
C | Shall we go for a walk? | Good idea, it's finally sunny. Let me grab my jacket.
C | How's the new book club? | Nice crowd. We're reading a Japanese novel this month, about a convenience store.
C | What did the mechanic say? | The clutch needs replacing. About six hundred, he said. I asked him to go ahead.
C | Where did we put the Christmas decorations? | In the loft, in the two red boxes.
C | Did you see the email from school about the strike day? | Thursday, right? My mum can have them in the morning and I'll leave work early.
C | I was thinking we could repaint the kids' room. | I think they'd love that. We could let them each pick one wall colour.
C | Maybe we should try the swimming lessons for Ella. | I looked at that last week. Saturday mornings at the leisure centre, twenty-five pounds a term. Let's sign her up.
C | How about we start going to bed earlier? | Fair enough, we're both dragging in the mornings. Let's try half ten for a week.
C | We could go to your cousin's wedding by train. | Let me check the times. Yes, there's one at nine that gets in by one, so that works.
C | Can you tell me about your day? | Quiet. I finished the tax return, walked the dog and had a long lunch with Sam.
C | So how did the interview go? | Pretty well, I think. They asked about project management and I had good examples. They'll let me know Friday.
C | Do you remember where we parked? | Level three, near the lift. I took a photo of the sign.
C | Is your cold better? | Much better. Just a bit of a cough left.
C | How was yoga? | Relaxing. New teacher, lots of stretching, not much balancing, which suits me.
C | The washing machine's making that noise again. | I'll look at the filter tonight. Last time it was a coin stuck in it.
C | Have you heard from Tom lately? | He texted yesterday. He's moving to Bristol next month for work.
C | Can we do the big shop on Saturday morning? | Yes, early, before it gets crowded. I'll make a list tonight.
C | Why are you up so early? | I always go to the market first thing on Saturdays, before the good bread sells out.
C | Did you ever finish that jigsaw? | Last night. All thousand pieces. One was under the sofa the whole time.
C | What are you planning to cook for your parents? | Roast chicken with lemon and the potatoes your mum likes. Simple.
C | Did the lawnmower get fixed? | It was just the spark plug. Cost us eight pounds.
C | I'm going to the hardware shop, need anything? | Yes, some picture hooks and a new lightbulb for the porch.
C | How's the new colleague? | Nice. She's from Argentina and she's already organising a team lunch.
C | Should we go to the quiz night? | Sure, we came third last time. Let's ask Mo and Ana to join our team.
C | Your mum called while you were out. | Thanks. I'll ring her back after dinner.
C | It's supposed to snow tonight. | I'll put the car in the garage then, and get the shovel out just in case.
C | What are you doing with the mattress? | Turning it. Can you help me lift this end? It's heavier than it looks.
C | Anything I can do before dinner? | Could you help me with the table? The leaf is stuck again.
C | Are we out of coffee? | There's a bag in the freezer, the one from the Italian shop.
"""
