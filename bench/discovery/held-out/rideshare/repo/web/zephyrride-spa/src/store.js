import Vue from 'vue';
import Vuex from 'vuex';

Vue.use(Vuex);

export default new Vuex.Store({
  state: {
    user: null,
    currentTrip: null,
    tripEvents: [],
    driverLocations: {}
  },
  mutations: {
    setUser(state, user) {
      state.user = user;
    },
    setCurrentTrip(state, trip) {
      state.currentTrip = trip;
    },
    addTripEvent(state, evt) {
      state.tripEvents.unshift({ ...evt, at: new Date().toISOString() });
      state.tripEvents = state.tripEvents.slice(0, 50);
    },
    setDriverLocation(state, loc) {
      Vue.set(state.driverLocations, loc.driverCode, loc);
    }
  }
});
