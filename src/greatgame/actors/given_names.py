"""Common given names, a fact list written by us: a capitalised pair that starts with one names a person.

What: `GIVEN_NAMES`, some 600 frequent given names of the English-speaking world, Europe, Russia, Central
Asia, Latin America, the Middle East, South Asia and Africa, in their usual Latin spellings. Names that are
also a well-known place, a month, a brand or a common English word ("Jordan", "Georgia", "Victoria", "Paris",
"Sydney", "April", "Mercedes", "Rose", "Will") are left out, since the list decides a name's type on its own;
a few short ones the linker has always used stay ("Mark", "Grace", "Lee", "Kim").
Why: spaCy's small model often types an unfamiliar "Given Surname" pair as an organisation or a place; a
reader knows it is a person from the given name alone. The linker's rules (rules.context_label,
people.not_a_person) read this list through `rules.GIVEN_NAMES`.
"""
from __future__ import annotations

GIVEN_NAMES = frozenset("""
Aaron Abby Abdul Abdullah Abigail Abraham Adam Adele Adrian Adriana Agnes Ahmad Ahmed Aidan Aisha Alan Albert
Alberto Aleksandr Alessandro Alex Alexander Alexandra Alexei Alexis Alfred Ali Alice Alicia Alina Alison Allison
Alvaro Amal Amanda Amelia Amir Amy Ana Anastasia Andrea Andreas Andrei Andrew Andrzej Angela Angelo Anil Anita Ann
Anna Anne Anthony Antoine Anton Antonio Arjun Arman Arnold Arthur Ashley Askar Aslan Audrey Barbara Barry Beatrice
Ben Benedict Benjamin Bernard Bernd Beth Betty Bianca Bill Billy Bob Bogdan Boris Brad Bradley Brandon Brenda
Brett Brian Bridget Brittany Bruce Bruno Bryan Caleb Camila Carl Carla Carlo Carlos Caroline Carolyn Casey
Catherine Cecilia Cedric Charles Charlie Charlotte Cheryl Chloe Chris Christina Christine Christopher Cindy Claire
Clara Claude Claudia Clement Colin Connor Craig Cristina Cynthia Damian Dan Dana Daniel Danielle Daniyar Darius
Darren Dave David Davide Dean Debbie Deborah Denis Denise Dennis Derek Diana Diane Diego Dimitri Dmitri Dmitry
Dominic Donald Donna Doris Dorothy Doug Douglas Duncan Dylan Eddie Edgar Edith Eduardo Edward Eileen Elaine
Eleanor Elena Eli Elias Elif Elijah Elise Elizabeth Ella Ellen Elliot Eloise Elsa Emil Emilia Emily Emma Emmanuel
Enrique Eric Erik Erika Erlan Ernest Ernesto Esther Ethan Eva Evan Evelyn Fabio Farid Fatima Federico Felipe Felix
Fernando Fiona Florian Frances Francesca Francesco Francis Francisco Franco Frank Franz Fred Frederick Gabriel
Gabriela Gabrielle Gareth Gary Gavin Gemma Geoffrey George Gerald Gerard Gerhard Gina Giorgio Giovanni Giulia
Giuseppe Glenn Gordon Grace Graham Greg Gregory Guillaume Gulnara Gustavo Hamid Hannah Hans Harold Harriet Harry
Hassan Heidi Heinz Helen Helena Helmut Henry Herbert Hiroshi Howard Hugh Hugo Hussein Ian Ibrahim Igor Ines Ingrid
Irene Irina Isaac Isabel Isabella Isabelle Ivan Jack Jacob Jacqueline Jake Jamal James Jamie Jane Janet Janice
Jason Javier Jean Jean-Claude Jean-Pierre Jeff Jeffrey Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jill Jim
Joan Joanna Joanne Jochen Joe Joel Johann Johannes John Johnny Jonas Jonathan Jordi Jorge Jose Josef Joseph Joshua
Joyce Juan Judith Judy Julia Julian Julie Juliet Julio Justin Kamal Karen Karim Karl Katarzyna Kate Katharina
Katherine Kathleen Kathryn Kathy Katie Keith Kelly Ken Kenneth Kevin Khalid Kieran Kim Kirsten Klaus Kristina Kyle
Lars Laura Lauren Laurence Laurent Leah Lee Leila Leo Leonardo Leslie Liam Linda Lionel Lisa Liz Lloyd Lorenzo
Louis Louise Luca Lucas Lucy Luigi Luis Lukas Luke Lydia Madina Magdalena Mahmoud Malcolm Manuel Marco Marcus
Margaret Margarita Maria Mariana Marie Mario Mark Marta Martha Martin Martina Marwan Mary Massimo Mateo Mathieu
Matilda Matteo Matthew Maurice Maxim Maya Megan Mehmet Melanie Melissa Mia Michael Michel Michele Michelle Miguel
Mike Mikhail Miriam Mitchell Mohamed Mohammad Mohammed Molly Monica Monique Muhammad Mustafa Nadia Nadine Naomi
Natalia Natasha Nathalie Neil Nicholas Nick Nicola Nicolas Nicole Niklas Nikola Nikolai Nina Noah Noel Nora
Norbert Norman Nurlan Oleg Olga Oliver Olivia Omar Oscar Owen Pablo Pamela Paolo Patrice Patricia Patrick Paul
Paula Pauline Pavel Pedro Penelope Peter Petra Phil Philip Philippe Phillip Pierre Pietro Piotr Priya Rachel
Rafael Raj Rajesh Ralph Ramon Randy Raul Ravshan Raymond Rebecca Reza Ricardo Richard Rick Rita Robert Roberto
Robin Rodrigo Roger Roman Ronald Rosa Rudolf Ruslan Russell Ruth Ryan Sabine Sally Salman Salvatore Sam Samantha
Samuel Sandra Sanjay Sara Sarah Sasha Scott Sean Sebastian Selin Serena Sergei Sergey Sergio Shane Shavkat Sheila
Shirley Silvia Simon Simone Sophie Stanley Stefan Stefano Stella Stephanie Stephen Steve Steven Stuart Sunil Susan
Suzanne Svetlana Sylvia Tamara Tanya Tatiana Teresa Terry Theo Theodore Theresa Thierry Thomas Tim Timothy Timur
Tina Tobias Todd Tom Tomas Tony Travis Trevor Ulrich Valentina Valerie Vanessa Vera Veronica Vicky Victor Vijay
Viktor Vincent Viola Virginie Vivian Vladimir Walter Wayne Wendy Werner William Wolfgang Xavier Yasmin Yerlan Yuri
Yusuf Yves Zachary Zeynep Zhanna Zoe Zoran
""".split())
