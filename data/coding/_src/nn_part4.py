"""No-marker, no-rupture turns, part 4 (text, plus a few more couple). Same line format as nn_part1."""

BLOCK = """
X | what time r u home | around 7, train's on time
X | did u feed the cat | yep fed her at 8, she had the chicken one
X | can u grab milk | sure, full fat or semi
X | where r the spare keys | in the drawer under the microwave
X | whats for dinner | pasta, theres pesto in the fridge
X | u up? | yeah just finishing an episode
X | is the meeting at 2 or 3 | 3, they moved it
X | parking is a nightmare here | try the multistorey on king st, usually has space
X | hows ur day | busy but ok, lunch w the new team was nice
X | did u book the dentist | booked, thurs 10am
X | train delayed 15 min | ok no rush, ill start cooking
X | can u pick up the kids at 4 | yes ill leave work at half 3
X | mum says hi | hi back! tell her the jam was amazing
X | r we still on for sat | def, 7 at pablos
X | need anything from town | batteries pls, AA
X | whats the wifi pw again | its on the back of the router, starts with 7k
X | did the plumber come | came and went, all fixed. 60 quid
X | lol look at this dog | haha the ears!! we need one
X | forgot my umbrella | theres a spare in the car
X | running 10 min late | np, ill grab a table
X | r u coming to the gym tmrw | cant tmrw, friday?
X | did u see the rain | yeah got soaked on the way to the bus lol
X | what time does the film start | 8:15, trailers til 8:30
X | kids asleep? | both out by 8, miracle
X | shall i get takeaway | yes thai pls, the usual
X | how was the doc | all good, just need to come back in 6 months
X | pls remind me to call gran | will do, tmrw after lunch?
X | ok which one should i buy | the blue one, its cheaper and gets better reviews
X | did u pay the rent | yep this morning
X | whats ur eta | 20 min, just left the office
X | ur mum called | ok ill call her back after dinner
X | got the promotion!! | amazing!! drinks on friday to celebrate
X | is there bread | half a loaf, prob enough for toast
X | do u want the blue car or the red one for the weekend | blue, red one needs petrol
X | where should we eat | how abt the noodle place by the river
X | boss wants me in early tmrw | ok ill do the school run then
X | did the kids eat | fish fingers and peas. all gone
X | lets do the beach sunday | sounds good, forecast is 24 degrees
X | maybe we get a dishwasher? | been thinking same. ill look at prices tonight, the old one is dying anyway
X | should we go to lisas thing | yeah lets, we missed the last one and shes been asking
X | we could take the bikes instead of driving | good call, its only 3 miles. ill pump the tyres
X | how abt we skip dessert and walk home | ok yeah, its a nice night. lets do it
X | u free at 3? | no i need to go to the bank before 4, after that yes
X | whats ur plan today | i need to return the library books and get a birthday card for ur dad
X | i need to buy a present for jo | she mentioned wanting a plant for the new flat
X | i need to charge my phone, 5% | ok text me when ur back on
X | can u help me w the sofa later | yep, around 6?
X | help, how do i reset the router | unplug it for 30 sec and plug back in
X | can u help me pick a tie | the navy one, it goes w the grey suit
X | which exit r u at | exit b. i always wait by the coffee stand
X | i always forget ur sisters bday | its the 14th, i'll put it in the shared calendar
X | thx for the lift | np!
X | thanks for dinner | anytime, leftovers r in the blue box
X | thanks for sorting the tickets | no worries, seats are row f
X | got ur msg, thx | cool, see u at 6
X | did u ever get upset about the move back then | a bit at first, not anymore. i like it here now
X | were u stressed about the exams last yr | kinda, at the time. it worked out ok tho
X | remember when u were annoyed about the flat | lol yeah that was ages ago. all forgotten
X | new job is great btw | glad! oh also, my brother asked if we can do sunday lunch
X | the car's fixed | nice. btw did u see the email from the school
X | ok dinner at 7 | perfect. unrelated but have u seen my black scarf
X | r u home | yes
X | did u lock up | yes, both doors
X | coffee? | yes pls, oat milk
X | is it cold out | freezing. wear the big coat
X | movie or series tonight | series, we're 2 eps from the end
X | are we out of eggs | 2 left
X | did the package arrive | yep, its in the hall
X | what day is bin day | tues
X | hows the traffic | clear on the ring road, jam near the bridge
X | u want pizza or curry | curry, had pizza at lunch
X | when does ur flight land | 21:40, terminal 2
X | just saw ur neighbour | oh the one w the parrot? lol
X | my laptop died | theres an old one in the cupboard u can borrow
X | meeting ran over | ok, start w/o u or wait?
X | shall we invite sam and lee | yes! saturday works for them i think
X | did u call the landlord | hes coming wed at 5
X | whats the name of that cafe | the little owl, on mill road
X | i left the lights on in the car | ill check when i get home
X | i booked the table | great, what time
X | kids want a sleepover sat | fine by me if its just 2 friends
X | the new sofa comes tmrw | between 8-12 right? ill be in
X | whats the plan for xmas | ur parents 24th, mine 25th, like last yr
X | should i bring wine | yes red, they're doing lamb
X | look at this house listing | nice garden! bit far from the station tho
X | i think im gonna sign up for the 10k | do it, ur running 5k easy now. ill come cheer
X | haha my boss wore a hat to the meeting | a hat?? what kind lol
X | forgot to tell u, dinner at my sisters fri | ok noted, ill bring dessert
X | ok i picked the hotel | the one w the pool? nice
X | home soon? | 10 min. can u help me carry the bags up when i text
X | vet says hes fine | good, told u he just ate something weird
X | do we have plans fri | nope, free all evening
X | the printer's jammed again | paper tray at the back, pull it out gently
X | what did u get for mia's bday | lego set, the space station one
X | hows the new flat | tiny kitchen but great light. come see it sun
C | How's the leak under the sink? | I tightened the joint and put a bowl under it. We'll see tomorrow if it's dry.
C | Did you sign the card for Maria? | I wrote something short and put it in her pigeonhole.
C | What did the estate agent say? | Two viewings booked for Thursday. She thinks the price is about right.
C | How's your dad's new phone? | He's figured out video calls. He called me four times yesterday to show me the garden.
C | Are the kids ready? | Shoes on, bags packed. Just waiting for the little one to find his hat.
C | Did you try the recipe? | Last night. It was good, but next time I'd add more garlic.
C | Is the spare room free next weekend? | Yes, nothing planned. Are your friends coming up?
C | Can you help me with the crossword? | Go on, what's the clue?
C | Should I put the heating on? | Just for an hour, it's supposed to warm up this afternoon.
C | How did the driving lesson go? | Better. I did a three-point turn without stalling, which is a first.
"""
