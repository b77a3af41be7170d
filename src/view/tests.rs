//! Tests of hand-placed positions and saved views.
use super::*;
use crate::account::NewAccount;
use crate::person::NewPerson;
use crate::vocabulary::Level;

fn setup() -> (Db, i64, i64) {
    let db = Db::open_in_memory().unwrap();
    let account = db.create_account(NewAccount::named("Harbor Foods")).unwrap().id;
    let person = db
        .create_person(NewPerson::new(Some(account), Side::Customer, "Zhao", Level::Executive))
        .unwrap()
        .id;
    (db, account, person)
}

fn viewport() -> Viewport {
    Viewport {
        zoom: 1.0,
        pan_x: 0.0,
        pan_y: 0.0,
    }
}

#[test]
fn positions_are_kept_per_view_and_a_drag_is_one_undoable_action() {
    let (db, account, person) = setup();
    db.place_nodes(
        account,
        ViewKind::Network,
        vec![NodePosition {
            person_id: person,
            x: 10.0,
            y: 20.0,
        }],
    )
    .unwrap();
    db.place_nodes(
        account,
        ViewKind::Network,
        vec![NodePosition {
            person_id: person,
            x: 30.0,
            y: 40.0,
        }],
    )
    .unwrap();
    assert_eq!(
        db.node_positions(account, ViewKind::Network).unwrap(),
        vec![NodePosition {
            person_id: person,
            x: 30.0,
            y: 40.0
        }]
    );
    assert!(db.node_positions(account, ViewKind::OrgChart).unwrap().is_empty());
    db.undo().unwrap();
    assert_eq!(db.node_positions(account, ViewKind::Network).unwrap()[0].x, 10.0);
    db.reset_positions(account, ViewKind::Network).unwrap();
    assert!(
        matches!(
            db.reset_positions(account + 1000, ViewKind::Network),
            Err(Error::NotFound { entity: "account", .. })
        ),
        "resetting the layout of an account that does not exist is NotFound"
    );
    assert!(db.node_positions(account, ViewKind::Network).unwrap().is_empty());
}

#[test]
fn bad_positions_and_views_are_rejected_and_nothing_is_written() {
    let (db, account, person) = setup();
    let nan = db.place_nodes(
        account,
        ViewKind::Network,
        vec![NodePosition {
            person_id: person,
            x: f64::NAN,
            y: 0.0,
        }],
    );
    assert_eq!(nan.unwrap_err().field(), Some("positions"));
    let filter = MapFilter {
        attitude_min: Some(2),
        attitude_max: Some(-1),
        ..Default::default()
    };
    let input = |name: &str, filter: MapFilter| NewSavedView {
        account_id: account,
        name: name.into(),
        view: ViewKind::Network,
        filter,
        viewport: viewport(),
        focus_person_id: None,
    };
    assert_eq!(
        db.save_view(input("Deciders", filter)).unwrap_err().field(),
        Some("attitude_min")
    );
    let out_of_range = MapFilter {
        attitude_max: Some(9),
        ..Default::default()
    };
    assert_eq!(
        db.save_view(input("Deciders", out_of_range)).unwrap_err().field(),
        Some("attitude_max")
    );
    assert_eq!(
        db.save_view(input(" ", MapFilter::default())).unwrap_err().field(),
        Some("name")
    );
    assert!(db.list_saved_views(account).unwrap().is_empty());
    assert!(db.node_positions(account, ViewKind::Network).unwrap().is_empty());
}

#[test]
fn saved_views_are_slides_in_order() {
    let (db, account, person) = setup();
    let save = |name: &str, view: ViewKind| {
        db.save_view(NewSavedView {
            account_id: account,
            name: name.into(),
            view,
            filter: MapFilter {
                roles: vec![DecisionRole::Decider],
                ..Default::default()
            },
            viewport: viewport(),
            focus_person_id: Some(person),
        })
        .unwrap()
    };
    let a = save("Decision chain", ViewKind::Network);
    let b = save("Coverage", ViewKind::Coverage);
    assert_eq!((a.slide, b.slide), (1, 2));
    assert_eq!(
        db.save_view(NewSavedView {
            name: "Coverage".into(),
            ..NewSavedView {
                account_id: account,
                name: String::new(),
                view: ViewKind::Network,
                filter: MapFilter::default(),
                viewport: viewport(),
                focus_person_id: None
            }
        })
        .unwrap_err()
        .field(),
        Some("name")
    );
    let ordered = db.order_saved_views(account, vec![b.id, a.id]).unwrap();
    assert_eq!(
        ordered.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
        vec!["Coverage", "Decision chain"]
    );
    assert_eq!(ordered[1].filter.roles, vec![DecisionRole::Decider]);
    assert_eq!(
        db.order_saved_views(account, vec![a.id]).unwrap_err().field(),
        Some("ids")
    );
    db.delete_person(person).unwrap();
    assert!(db
        .list_saved_views(account)
        .unwrap()
        .iter()
        .all(|v| v.focus_person_id.is_none()));
}
