"""Name lists for the synthetic demo clinic: common given and family names of many origins,
so that search, sorting and duplicate detection meet realistic variety (and real collisions)."""

GIVEN_FEMALE = (
    "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra "
    "Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura "
    "Sharon Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine "
    "Christine Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth "
    "Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha "
    "Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia "
    "Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla "
    "Alexis Lori Marie Ines Zoe Chloe Mei Aiko Priya Aisha Fatima Leila Sofia Lucia Camila Valentina "
    "Ingrid Astrid Freya Elif Yara Noor Amara Chiara Francesca Renata Beatriz Siobhan Niamh Agnieszka"
).split()
GIVEN_MALE = (
    "James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel Matthew "
    "Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian George Timothy Ronald Jason Edward "
    "Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel "
    "Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Zachary "
    "Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin Sean Gerald Carl "
    "Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie "
    "Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip Eugene Hiroshi Kenji Wei "
    "Arjun Rahul Omar Yusuf Ahmed Mateo Diego Lucas Luca Marco Nikolai Sven Lars Mehmet Emre Kwame Tariq"
).split()
FAMILY = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez "
    "Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark "
    "Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams "
    "Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker "
    "Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper "
    "Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James "
    "Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez "
    "Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez "
    "Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole "
    "Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens "
    "Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker "
    "Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz "
    "Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice "
    "Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley "
    "Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham "
    "Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston "
    "Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval O'Brien Müller Østergaard Lind "
    "Nakamura Tanaka Yamamoto Wang Zhang Liu Singh Kumar Shah Khan Ali Hassan Okafor Mensah Kowalski Novak "
    "Horvath Nagy Dubois Lefèvre Moreau Rossi Russo Ferrari Esposito Costa Oliveira Pereira Ortega Núñez"
).split()

PROVIDERS = (
    ("Dr Astrid Lind", "MD, neurologist"),
    ("Dr Samuel Okafor", "MD, pain medicine"),
    ("Dr Mei Tanaka", "MD, neurologist"),
    ("Dr Rafael Ortega", "MD, physiatrist"),
    ("Dr Helen Brooks", "MD, urogynaecology"),
    ("Grace Whitfield", "NP, nurse injector"),
    ("Dr Arjun Shah", "MD, neurologist"),
    ("Dr Chiara Rossi", "MD, pain medicine"),
    ("Dr Lars Hansen", "MD, physiatrist"),
    ("Noor Haddad", "NP, nurse injector"),
    ("Dr Elif Demir", "MD, neurologist"),
    ("Dr Kwame Mensah", "MD, pain medicine"),
)

# New York area codes: the demo clinic is in New York (America/New_York, US-NY holidays).
AREA_CODES = ("212", "315", "347", "516", "518", "585", "607", "631", "646", "716", "718", "845", "914", "917")
