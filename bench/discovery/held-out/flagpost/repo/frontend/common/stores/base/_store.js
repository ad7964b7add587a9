const EventEmitter = require('events').EventEmitter

module.exports = Object.assign({}, EventEmitter.prototype, {
  isLoading: false,
  isSaving: false,
  loading() { this.isLoading = true; this.emit('change') },
  loaded() { this.isLoading = false; this.emit('loaded'); this.emit('change') },
  saving() { this.isSaving = true; this.emit('change') },
  saved() { this.isSaving = false; this.emit('saved'); this.emit('change') },
  changed() { this.emit('change') },
})
