use std::sync::Arc;

use common_utils::errors::CustomResult;
use storage_impl::mock_db::MockDb;

use crate::{
    db::process_tracker::ProcessTrackerInterface, errors,
    settings::SchedulerSettings, consumer, producer, workflows,
};

#[derive(Debug, Copy, Clone, PartialEq, Eq, serde::Deserialize, strum::EnumString, strum::Display)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum SchedulerFlow {
    Producer,
    Consumer,
    Cleaner,
}

pub trait SchedulerInterface: ProcessTrackerInterface + QueueInterface + AsSchedulerInterface {}

#[async_trait::async_trait]
pub trait SchedulerAppState: Send + Sync + Clone {
    fn get_db(&self) -> Box<dyn SchedulerInterface>;
}

pub async fn start_process_tracker<
    T: SchedulerAppState + 'static,
    U: SchedulerSessionState + 'static,
    F: Fn(&T, &str) -> CustomResult<U, errors::ProcessTrackerError>,
>(
    state: &T,
    scheduler_flow: SchedulerFlow,
    scheduler_settings: Arc<SchedulerSettings>,
    channel: (tokio::sync::mpsc::Sender<()>, tokio::sync::mpsc::Receiver<()>),
    runner_from_task: impl workflows::ProcessTrackerWorkflows<U> + 'static + Copy + std::fmt::Debug,
    app_state_to_session_state: F,
) -> CustomResult<(), errors::ProcessTrackerError> {
    match scheduler_flow {
        SchedulerFlow::Producer => {
            producer::start_producer(state, scheduler_settings, channel, app_state_to_session_state).await?
        }
        SchedulerFlow::Consumer => {
            consumer::start_consumer(
                state,
                scheduler_settings,
                runner_from_task,
                channel,
                app_state_to_session_state,
            )
            .await?
        }
        SchedulerFlow::Cleaner => {
            tracing::error!("This flow has not been implemented yet!");
        }
    }
    Ok(())
}
