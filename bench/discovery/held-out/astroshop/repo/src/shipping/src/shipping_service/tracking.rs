use uuid::Uuid;

pub fn create_tracking_id() -> String {
    Uuid::new_v4().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_ids_are_unique() {
        assert_ne!(create_tracking_id(), create_tracking_id());
    }
}
