package com.ewolff.microservice.shipping;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.ManyToOne;

@Entity
public class ShipmentLine {

	@Id
	@GeneratedValue
	private long id;

	private int count;

	@ManyToOne
	private Item item;

	public ShipmentLine() {
	}

	public ShipmentLine(int count, Item item) {
		this.count = count;
		this.item = item;
	}

	public long getId() {
		return id;
	}

	public int getCount() {
		return count;
	}

	public void setCount(int count) {
		this.count = count;
	}

	public Item getItem() {
		return item;
	}

	public void setItem(Item item) {
		this.item = item;
	}

}
