package com.ewolff.microservice.order.logic;

import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.Id;
import javax.persistence.ManyToOne;

import com.ewolff.microservice.order.item.Item;

@Entity
public class OrderLine {

	@Id
	@GeneratedValue
	private long id;

	private int count;

	@ManyToOne
	private Item item;

	public OrderLine() {
	}

	public OrderLine(int count, Item item) {
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
