//! Acquaintance circles: a person in the centre, the people they know around them, then the
//! people those people know, and so on outward (DOMAIN: "the relationship network drawing").
//!
//! Contract: ties of every kind count, in either direction, across accounts (a friend at
//! another customer is exactly what opens a path). Ring `d` holds the people whose shortest
//! chain of ties from the centre has `d` links, each with one tie that reaches them from ring
//! `d - 1` (the strongest, then the lowest tie id). People who have left are shown (marked by
//! their status) and are not expanded: they no longer open doors. Read-only.

use std::collections::{HashMap, HashSet};

use petgraph::graphmap::UnGraphMap;
use serde::Serialize;

use super::{load_person, person_ref, PersonRef, PERSON_REF};
use crate::db::Db;
use crate::error::{Error, Problem, Result};
use crate::vocabulary::{PersonStatus, TieKind};

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct CirclePerson {
    pub person: PersonRef,
    /// Who in the ring inside introduces them, and through which tie.
    pub via_person_id: i64,
    pub via_tie_id: i64,
    pub via_kind: TieKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Ring {
    pub degree: u32,
    pub people: Vec<CirclePerson>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Circles {
    pub center: PersonRef,
    pub rings: Vec<Ring>,
}

/// The strongest tie between two people: (strength, -tie id) orders it, the id breaks ties.
type Link = (i64, i64, TieKind);

impl Db {
    /// Rings of first- to `degrees`-degree acquaintances around `person_id` (1..=6).
    pub fn acquaintance_circles(&self, person_id: i64, degrees: u32) -> Result<Circles> {
        if !(1..=6).contains(&degrees) {
            return Err(Error::problem(
                "degrees",
                Problem::out_of_range(1.0, 6.0, f64::from(degrees)),
            ));
        }
        self.read(|conn| {
            let center = load_person(conn, person_id)?;
            let mut graph: UnGraphMap<i64, Link> = UnGraphMap::new();
            let mut stmt = conn.prepare_cached("SELECT id, from_person_id, to_person_id, kind, strength FROM tie")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let (id, a, b, kind, strength): (i64, i64, i64, TieKind, i64) =
                    (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
                let stronger = graph
                    .edge_weight(a, b)
                    .is_none_or(|&(s, other, _)| (strength, -id) > (s, -other));
                if stronger {
                    graph.add_edge(a, b, (strength, id, kind));
                }
            }
            let mut seen: HashSet<i64> = HashSet::from([person_id]);
            let mut frontier = vec![person_id];
            let mut layers: Vec<Vec<(i64, i64, Link)>> = Vec::new();
            for _ in 0..degrees {
                let mut reached: HashMap<i64, (i64, Link)> = HashMap::new();
                for &from in &frontier {
                    if !graph.contains_node(from) {
                        continue;
                    }
                    for (_, to, &link) in graph.edges(from) {
                        if seen.contains(&to) {
                            continue;
                        }
                        let better = reached
                            .get(&to)
                            .is_none_or(|&(_, (s, id, _))| (link.0, -link.1) > (s, -id));
                        if better {
                            reached.insert(to, (from, link));
                        }
                    }
                }
                if reached.is_empty() {
                    break;
                }
                let mut layer: Vec<(i64, i64, Link)> =
                    reached.into_iter().map(|(to, (from, l))| (to, from, l)).collect();
                layer.sort_by_key(|(to, _, _)| *to);
                seen.extend(layer.iter().map(|(to, _, _)| *to));
                layers.push(layer);
                frontier = layers
                    .last()
                    .map(|l| l.iter().map(|(to, _, _)| *to).collect())
                    .unwrap_or_default();
                frontier.retain(|id| *id != person_id);
                let left: HashSet<i64> = left_people(conn, &frontier)?;
                frontier.retain(|id| !left.contains(id));
            }
            let mut stmt = conn.prepare_cached(&format!("SELECT {PERSON_REF} FROM person p WHERE p.id = ?1"))?;
            let mut rings = Vec::with_capacity(layers.len());
            for (index, layer) in layers.into_iter().enumerate() {
                let mut people = Vec::with_capacity(layer.len());
                for (id, via, (_, tie, kind)) in layer {
                    let person = stmt.query_row([id], |r| person_ref(r, 0))?;
                    people.push(CirclePerson {
                        person,
                        via_person_id: via,
                        via_tie_id: tie,
                        via_kind: kind,
                    });
                }
                people.sort_by_key(|p| p.person.name.to_lowercase());
                rings.push(Ring {
                    degree: index as u32 + 1,
                    people,
                });
            }
            Ok(Circles { center, rings })
        })
    }
}

fn left_people(conn: &rusqlite::Connection, ids: &[i64]) -> Result<HashSet<i64>> {
    let mut stmt = conn.prepare_cached("SELECT status FROM person WHERE id = ?1")?;
    let mut left = HashSet::new();
    for id in ids {
        let status: PersonStatus = stmt.query_row([id], |r| r.get(0))?;
        if status == PersonStatus::Left {
            left.insert(*id);
        }
    }
    Ok(left)
}

#[cfg(test)]
mod tests {
    use crate::account::NewAccount;
    use crate::person::{NewPerson, StatusChange};
    use crate::tie::NewTie;
    use crate::vocabulary::{Level, PersonStatus, PersonalTie, Side, TieKind};
    use crate::Db;

    fn person(db: &Db, account: i64, name: &str) -> i64 {
        let input = NewPerson::new(Some(account), Side::Customer, name, Level::Manager);
        db.create_person(input).unwrap().id
    }

    fn friends(db: &Db, a: i64, b: i64, strength: i64) {
        let tie = NewTie {
            from_person_id: a,
            to_person_id: b,
            kind: TieKind::Personal,
            personal_kind: Some(PersonalTie::Friend),
            coverage_role: None,
            hidden: false,
            strength: Some(strength),
            note: String::new(),
        };
        db.create_tie(tie).unwrap();
    }

    #[test]
    fn rings_hold_each_person_at_their_shortest_distance() {
        let db = Db::open_in_memory().unwrap();
        let here = db.create_account(NewAccount::named("Here")).unwrap().id;
        let there = db.create_account(NewAccount::named("There")).unwrap().id;
        let (c, a, b, d) = (
            person(&db, here, "Centre"),
            person(&db, here, "A"),
            person(&db, here, "B"),
            person(&db, there, "D"),
        );
        let e = person(&db, here, "E");
        friends(&db, c, a, 2);
        friends(&db, c, b, 4);
        friends(&db, a, d, 3); // across accounts
        friends(&db, b, d, 5); // D is reached through the stronger tie, from B
        friends(&db, d, e, 3);
        friends(&db, a, b, 3); // a tie inside ring 1 adds nobody
        let circles = db.acquaintance_circles(c, 3).unwrap();
        let ring = |i: usize| {
            circles.rings[i]
                .people
                .iter()
                .map(|p| p.person.name.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ring(0), vec!["A", "B"]);
        assert_eq!(ring(1), vec!["D"]);
        assert_eq!(circles.rings[1].people[0].via_person_id, b);
        assert_eq!(ring(2), vec!["E"]);
        assert_eq!(db.acquaintance_circles(c, 1).unwrap().rings.len(), 1);
    }

    #[test]
    fn people_who_left_are_shown_but_not_expanded_and_bad_input_is_named() {
        let db = Db::open_in_memory().unwrap();
        let account = db.create_account(NewAccount::named("Here")).unwrap().id;
        let (c, a, b) = (
            person(&db, account, "Centre"),
            person(&db, account, "A"),
            person(&db, account, "B"),
        );
        friends(&db, c, a, 3);
        friends(&db, a, b, 3);
        db.set_person_status(
            a,
            StatusChange {
                status: PersonStatus::Left,
                on: "2026-01-01".into(),
            },
        )
        .unwrap();
        let circles = db.acquaintance_circles(c, 3).unwrap();
        assert_eq!(circles.rings.len(), 1);
        assert_eq!(circles.rings[0].people[0].person.status, PersonStatus::Left);
        assert_eq!(db.acquaintance_circles(c, 0).unwrap_err().field(), Some("degrees"));
        assert_eq!(
            db.acquaintance_circles(999, 2).unwrap_err().kind(),
            crate::ErrorKind::NotFound
        );
    }
}
